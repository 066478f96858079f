package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.application.verification.PeriodSummary;
import org.sessiontracking.application.verification.port.in.ListVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

public final class ListVerificationPeriods implements ListVerificationPeriodsUseCase {

    private final VerificationPeriodRepository periods;
    private final LateCorrectionRepository corrections;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ListVerificationPeriods(VerificationPeriodRepository periods, LateCorrectionRepository corrections,
                                   CurrentActor currentActor, Clock clock) {
        this.periods = periods;
        this.corrections = corrections;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public List<PeriodSummary> periods(SessionTypeId type) {
        currentActor.get().require(Permission.READ);
        return periods.ofType(type).stream().map(this::summary).toList();
    }

    @Override
    public PeriodSummary period(VerificationPeriodId period) {
        currentActor.get().require(Permission.READ);
        return summary(PeriodLoader.load(periods, period));
    }

    @Override
    public List<LateCorrectionRow> lateCorrections(VerificationPeriodId period) {
        currentActor.get().require(Permission.READ);
        return corrections.ofPeriod(period);
    }

    private PeriodSummary summary(VerificationPeriod period) {
        return new PeriodSummary(period, period.state(LocalDate.now(clock)), period.latestVersion(),
                corrections.pendingOf(period.id()));
    }
}
