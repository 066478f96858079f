package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;

import java.time.Instant;
import java.util.Objects;

/** One record of a session's attendance with what the grid shows about its registrant and recorder. */
public record AttendanceRow(RegistrantSummary registrant, AttendanceStatus status, String reason,
                            String recordedBy, Instant recordedAt, Version version) {
    public AttendanceRow {
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        reason = reason == null ? "" : reason;
    }
}
