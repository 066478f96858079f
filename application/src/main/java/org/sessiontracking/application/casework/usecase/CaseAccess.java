package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

/**
 * Who may see and work a case: its case worker (with the permission to work their own cases), and
 * whoever works all cases (managers, administrators). Seeing and working go together.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static Actor caseWorker(CurrentActor currentActor) {
        Actor actor = currentActor.get();
        if (!actor.role().worksCases()) {
            throw new AccessDeniedException("Your role (" + actor.role().label() + ") does not work cases");
        }
        return actor;
    }

    static boolean mayWork(Actor actor, Case theCase) {
        return actor.may(Permission.WORK_ALL_CASES)
                || (actor.may(Permission.WORK_OWN_CASES) && theCase.caseWorker().equals(actor.id()));
    }

    static Case load(CaseRepository cases, CaseId id, Actor actor) {
        Case theCase = cases.findById(id).orElseThrow(() -> new NotFoundException("The case no longer exists"));
        if (!mayWork(actor, theCase)) {
            throw new AccessDeniedException("Only the case worker of this case, or a manager, may open it");
        }
        return theCase;
    }

    /** Loads the case to change it, as the actor last saw it (the version they saw). */
    static Case loadToChange(CaseRepository cases, CaseId id, Version version, Actor actor) {
        Case theCase = load(cases, id, actor);
        if (!theCase.version().equals(version)) {
            throw new ConcurrentModificationException("Someone else changed this case meanwhile; reload it");
        }
        return theCase;
    }

    /** An active user whose role works cases. */
    static User requireCaseWorker(UserRepository users, UserId id) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("The case worker no longer exists"));
        if (!user.active() || !user.role().worksCases()) {
            throw new InvalidValueException("caseWorker", user.displayName() + " cannot work cases ("
                    + (user.active() ? user.role().label() : "deactivated") + ")");
        }
        return user;
    }
}
