package org.sessiontracking.domain.attendance;

/**
 * What attendance recording needs to know of a session's status: open sessions (scheduled or in
 * progress) take attendance, completed ones take corrections with a reason, cancelled ones none.
 */
public enum SessionPhase {
    OPEN,
    COMPLETED,
    CANCELLED
}
