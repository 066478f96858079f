package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.PeriodCalendar;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;

public final class DefineVerificationPeriods implements DefineVerificationPeriodsUseCase {

    private final VerificationPeriodRepository periods;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public DefineVerificationPeriods(VerificationPeriodRepository periods, SessionTypeRepository types,
                                     CurrentActor currentActor) {
        this.periods = periods;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public VerificationPeriodId define(SessionTypeId type, PeriodDraft period) {
        return store(type, List.of(period)).getFirst();
    }

    @Override
    public List<VerificationPeriodId> generate(GenerateCommand command) {
        return store(command.type(), PeriodCalendar.year(command.year(), command.months(), command.deadlineDays()));
    }

    private List<VerificationPeriodId> store(SessionTypeId type, List<PeriodDraft> drafts) {
        currentActor.get().require(Permission.VERIFY_PERIODS);
        types.findById(type).orElseThrow(() -> new NotFoundException("The session type no longer exists"));
        PeriodCalendar.requireNoOverlap(periods.ofType(type).stream().map(VerificationPeriod::definition).toList(),
                drafts);
        return drafts.stream().map(draft -> {
            VerificationPeriod period = VerificationPeriod.create(periods.nextId(), type, draft);
            periods.add(period);
            return period.id();
        }).toList();
    }
}
