package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.Set;
import java.util.function.Consumer;

/**
 * The steps the session use cases share: load what a change refers to, check that the signed-in
 * user may change the session and that nobody saved it since they loaded it, and return the
 * stored result.
 */
final class SessionChanges {

    private final SessionRepository sessions;
    private final SessionTypeRepository types;
    private final UserRepository users;
    private final CurrentActor currentActor;

    SessionChanges(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                   CurrentActor currentActor) {
        this.sessions = sessions;
        this.types = types;
        this.users = users;
        this.currentActor = currentActor;
    }

    /** Applies a change to a stored session the signed-in user may change, as they saw it. */
    Session apply(SessionVersion seen, Consumer<Session> change) {
        Session session = loadAsSeen(seen);
        change.accept(session);
        sessions.update(session);
        return load(seen.id());
    }

    Session loadAsSeen(SessionVersion seen) {
        Session session = load(seen.id());
        session.requireChangeableBy(currentActor.get());
        if (!session.version().equals(seen.version())) {
            throw new ConcurrentModificationException("Session '" + session.title()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        return session;
    }

    Session load(SessionId id) {
        return sessions.findById(id)
                .orElseThrow(() -> new NotFoundException("Session " + id.value() + " does not exist"));
    }

    SessionType type(SessionTypeId id) {
        return types.findById(id)
                .orElseThrow(() -> new DomainException("type", "Session type " + id.value() + " does not exist"));
    }

    /**
     * Every user the plan newly puts in charge must be an active user whose role runs sessions (not a
     * Viewer); people who already ran the session before may stay even if that changed since.
     */
    void requireActiveFacilitators(SessionPlan plan, Set<UserId> alreadyInCharge) {
        plan.facilitator().ifPresent(facilitator -> requireActive(facilitator, "facilitator", alreadyInCharge));
        for (UserId coFacilitator : plan.coFacilitators()) {
            requireActive(coFacilitator, "coFacilitators", alreadyInCharge);
        }
    }

    private void requireActive(UserId id, String field, Set<UserId> alreadyInCharge) {
        if (alreadyInCharge.contains(id)) {
            return;
        }
        User user = users.findById(id)
                .orElseThrow(() -> new DomainException(field, "User " + id.value() + " does not exist"));
        if (!user.active()) {
            throw new DomainException(field, user.displayName() + " is deactivated and cannot run sessions");
        }
        if (!user.role().allows(Permission.EDIT_OWN_SESSIONS)) {
            throw new DomainException(field, user.displayName() + " is a " + user.role().label()
                    + " and cannot run sessions");
        }
    }
}
