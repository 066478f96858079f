package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.port.in.ManageCasePlanUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.PlanRequirement;
import org.sessiontracking.domain.casework.PlanThresholds;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.function.Consumer;

/**
 * Changes a plan. A session named by an item must exist, not be cancelled and fall on or before the
 * item's due date; a type must exist and be active (a retired type gets no new sessions).
 */
public final class ManageCasePlan implements ManageCasePlanUseCase {

    private final CaseRepository cases;
    private final SessionRepository sessions;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public ManageCasePlan(CaseRepository cases, SessionRepository sessions, SessionTypeRepository types,
                          CurrentActor currentActor) {
        this.cases = cases;
        this.sessions = sessions;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public Version addItem(CaseId id, Version version, Item item) {
        return change(id, version, theCase -> theCase.addItem(requirement(item), item.startsOn(), item.dueOn()));
    }

    @Override
    public Version editItem(CaseId id, Version version, int number, Item item) {
        return change(id, version, theCase -> theCase.editItem(number, requirement(item), item.startsOn(),
                item.dueOn()));
    }

    @Override
    public Version removeItem(CaseId id, Version version, int number) {
        return change(id, version, theCase -> theCase.removeItem(number));
    }

    @Override
    public Version changeThresholds(CaseId id, Version version, int compliantPercent, int partialPercent) {
        return change(id, version,
                theCase -> theCase.changeThresholds(new PlanThresholds(compliantPercent, partialPercent)));
    }

    private Version change(CaseId id, Version version, Consumer<Case> change) {
        Case theCase = CaseAccess.loadToChange(cases, id, version, CaseAccess.caseWorker(currentActor));
        change.accept(theCase);
        cases.update(theCase);
        return theCase.version().next();
    }

    private PlanRequirement requirement(Item item) {
        if (item.session().isPresent()) {
            Session session = sessions.findById(item.session().get())
                    .orElseThrow(() -> new NotFoundException("The session no longer exists"));
            if (session.status() == SessionStatus.CANCELLED) {
                throw new InvalidValueException("session", session.title() + " was cancelled: nobody can attend it");
            }
            if (item.dueOn().isBefore(session.date())) {
                throw new InvalidValueException("dueOn", "The due date (" + item.dueOn() + ") is before the session ("
                        + session.date() + ")");
            }
            return new PlanRequirement.AttendSession(session.id());
        }
        SessionType type = types.findById(item.type().orElseThrow())
                .orElseThrow(() -> new NotFoundException("The session type no longer exists"));
        if (!type.active()) {
            throw new InvalidValueException("type", type.name() + " is retired: it gets no new sessions");
        }
        return new PlanRequirement.AttendSessionsOfType(type.id(), item.count());
    }
}
