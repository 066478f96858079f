package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.util.Comparator;
import java.util.List;

public final class AssignCaseWorker implements AssignCaseWorkerUseCase {

    private final CaseRepository cases;
    private final UserRepository users;
    private final CurrentActor currentActor;

    public AssignCaseWorker(CaseRepository cases, UserRepository users, CurrentActor currentActor) {
        this.cases = cases;
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public Version assign(CaseId id, Version version, UserId caseWorker) {
        Actor actor = currentActor.get();
        actor.require(Permission.WORK_ALL_CASES);
        Case theCase = CaseAccess.loadToChange(cases, id, version, actor);
        CaseAccess.requireCaseWorker(users, caseWorker);
        theCase.assign(caseWorker);
        cases.update(theCase);
        return theCase.version().next();
    }

    @Override
    public List<CaseWorker> caseWorkers() {
        CaseAccess.caseWorker(currentActor);
        return users.listAll().stream()
                .filter(user -> user.active() && user.role().worksCases())
                .map(user -> new CaseWorker(user.id(), user.displayName()))
                .sorted(Comparator.comparing(CaseWorker::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
