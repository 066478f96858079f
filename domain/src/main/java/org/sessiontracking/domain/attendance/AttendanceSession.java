package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The session as attendance recording sees it: who facilitates it and whether it still takes
 * attendance (product.md, "Session" and "People and what they may do").
 *
 * @param policy      the compliance policy of the session's type, so that the rate shown while recording is
 *                    the one compliance computes
 * @param lateBecause when a change now is a late correction, why (the verification period is past its
 *                    data-entry deadline or closed): every change then needs a reason
 */
public record AttendanceSession(SessionId id, SessionTypeId typeId, String title, SessionPhase phase,
                                Optional<UserId> facilitator, Set<UserId> coFacilitators, CompliancePolicy policy,
                                Optional<String> lateBecause) {

    public AttendanceSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(facilitator, "facilitator");
        coFacilitators = Set.copyOf(coFacilitators);
        lateBecause = Objects.requireNonNullElse(lateBecause, Optional.empty());
    }

    /** A session whose changes are not late corrections. */
    public AttendanceSession(SessionId id, SessionTypeId typeId, String title, SessionPhase phase,
                             Optional<UserId> facilitator, Set<UserId> coFacilitators, CompliancePolicy policy) {
        this(id, typeId, title, phase, facilitator, coFacilitators, policy, Optional.empty());
    }

    /** This session, where a change now is a late correction for the reason given. */
    public AttendanceSession late(String because) {
        return new AttendanceSession(id, typeId, title, phase, facilitator, coFacilitators, policy,
                Optional.of(because));
    }

    /** A session whose facilitator is a user. */
    public AttendanceSession(SessionId id, SessionTypeId typeId, String title, SessionPhase phase, UserId facilitator,
                             Set<UserId> coFacilitators, CompliancePolicy policy) {
        this(id, typeId, title, phase, Optional.of(facilitator), coFacilitators, policy);
    }

    /** Whether the user is its facilitator or a co-facilitator; external facilitators are no user's. */
    public boolean facilitatedBy(UserId user) {
        return facilitator.filter(user::equals).isPresent() || coFacilitators.contains(user);
    }

    /** Managers and administrators record every session; staff only those they (co-)facilitate. */
    public boolean editableBy(Actor actor) {
        return actor.may(Permission.EDIT_ALL_SESSIONS)
                || actor.may(Permission.EDIT_OWN_SESSIONS) && facilitatedBy(actor.id());
    }

    /** Whether the actor may change this session's attendance now. */
    public boolean recordableBy(Actor actor) {
        return editableBy(actor) && phase != SessionPhase.CANCELLED;
    }

    /** Every change to a completed session's attendance, and every late correction, needs a reason. */
    public boolean reasonRequired() {
        return phase == SessionPhase.COMPLETED || lateBecause.isPresent();
    }

    /** Why a change needs a reason, for the message when it has none. */
    public String reasonRequiredBecause() {
        return lateBecause.map(why -> "Session '" + title + "' " + why + ": give a reason for this late correction")
                .orElse("Session '" + title + "' is completed: give a reason for correcting its attendance");
    }

    /** Throws unless the actor may change this session's attendance now. */
    public void requireRecordableBy(Actor actor) {
        if (!editableBy(actor)) {
            throw new AccessDeniedException(actor.may(Permission.EDIT_OWN_SESSIONS)
                    ? "You may record attendance only for sessions you facilitate or co-facilitate"
                    : "Your role (" + actor.role().label() + ") may not record attendance");
        }
        if (phase == SessionPhase.CANCELLED) {
            throw new DomainException("Session '" + title + "' is cancelled: it takes no attendance");
        }
    }
}
