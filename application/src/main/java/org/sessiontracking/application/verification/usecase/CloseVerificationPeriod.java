package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.time.Clock;
import java.util.List;

public final class CloseVerificationPeriod implements CloseVerificationPeriodUseCase {

    private final VerificationPeriodRepository periods;
    private final LateCorrectionRepository corrections;
    private final FrozenComplianceLists frozen;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;
    private final Clock clock;

    public CloseVerificationPeriod(VerificationPeriodRepository periods, LateCorrectionRepository corrections,
                                   FrozenComplianceLists frozen, SessionTypeRepository types,
                                   CurrentActor currentActor, Clock clock) {
        this.periods = periods;
        this.corrections = corrections;
        this.frozen = frozen;
        this.types = types;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public Result close(Command command) {
        Actor actor = currentActor.get();
        actor.require(Permission.VERIFY_PERIODS);
        VerificationPeriod period = PeriodLoader.load(periods, command.period());
        List<UnfinishedSession> unfinished = periods.unfinishedSessions(period.type(), period.from(), period.to());
        if (!unfinished.stream().allMatch(session -> command.confirmedUnfinished().contains(session.id()))) {
            return new UnfinishedSessions(unfinished);
        }
        // the threshold and excused policy of this moment are frozen with the list
        CompliancePolicy policy = PeriodLoader.policyNow(types, period.type());
        PeriodEvent closing = period.close(actor, clock.instant(), corrections.pendingOf(period.id()));
        periods.update(period);
        return new Closed(frozen.freeze(period, closing, policy));
    }
}
