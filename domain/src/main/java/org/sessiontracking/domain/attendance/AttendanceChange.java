package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a record's history: the status before (none when the record was added) and after
 * (none when it was removed), why, who and when. History is only ever appended.
 */
public record AttendanceChange(SessionId session, RegistrantId registrant, Optional<AttendanceStatus> oldStatus,
                               Optional<AttendanceStatus> newStatus, String reason, UserId changedBy,
                               Instant changedAt) {

    public AttendanceChange {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        reason = reason == null ? "" : reason;
        if (oldStatus.isEmpty() && newStatus.isEmpty()) {
            throw new IllegalArgumentException("a change has an old or a new status");
        }
    }

    public boolean isAddition() {
        return oldStatus.isEmpty();
    }

    public boolean isRemoval() {
        return newStatus.isEmpty();
    }
}
