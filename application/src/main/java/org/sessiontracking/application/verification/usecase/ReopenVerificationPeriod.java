package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.ReopenVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.Clock;

public final class ReopenVerificationPeriod implements ReopenVerificationPeriodUseCase {

    private final VerificationPeriodRepository periods;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ReopenVerificationPeriod(VerificationPeriodRepository periods, CurrentActor currentActor, Clock clock) {
        this.periods = periods;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void reopen(VerificationPeriodId id, String reason) {
        Actor actor = currentActor.get();
        actor.require(Permission.VERIFY_PERIODS);
        VerificationPeriod period = PeriodLoader.load(periods, id);
        period.reopen(actor, clock.instant(), reason);
        periods.update(period);
    }
}
