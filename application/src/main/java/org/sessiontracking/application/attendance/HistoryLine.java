package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.attendance.AttendanceStatus;

import java.time.Instant;
import java.util.Optional;

/** One history entry as shown: whose record, from which status to which (none: added/removed), why, who, when. */
public record HistoryLine(RegistrantSummary registrant, Optional<AttendanceStatus> oldStatus,
                          Optional<AttendanceStatus> newStatus, String reason, String changedBy, Instant changedAt) {

    /** "Added as Present", "Present → Excused", "Removed (was Absent)". */
    public String describe() {
        if (oldStatus.isEmpty()) {
            return "Added as " + newStatus.orElseThrow().label();
        }
        if (newStatus.isEmpty()) {
            return "Removed (was " + oldStatus.get().label() + ")";
        }
        if (oldStatus.equals(newStatus)) {
            return newStatus.get().label() + " (reason changed)";
        }
        return oldStatus.get().label() + " → " + newStatus.get().label();
    }
}
