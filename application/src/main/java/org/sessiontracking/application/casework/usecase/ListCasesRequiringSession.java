package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.in.CasesRequiringSessionUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class ListCasesRequiringSession implements CasesRequiringSessionUseCase {

    private final CaseRepository cases;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ListCasesRequiringSession(CaseRepository cases, CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public List<CaseRow> list(SessionId session) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        return cases.requiring(session, actor.may(Permission.WORK_ALL_CASES) ? Optional.empty()
                : Optional.of(actor.id()), LocalDate.now(clock));
    }
}
