package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.in.CloseCaseUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Actor;

import java.time.Clock;
import java.time.LocalDate;

public final class CloseCase implements CloseCaseUseCase {

    private final CaseRepository cases;
    private final CurrentActor currentActor;
    private final Clock clock;

    public CloseCase(CaseRepository cases, CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void close(CaseId id, Version version, String note) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        Case theCase = CaseAccess.loadToChange(cases, id, version, actor);
        theCase.close(actor.id(), LocalDate.now(clock), note);
        cases.update(theCase);
    }
}
