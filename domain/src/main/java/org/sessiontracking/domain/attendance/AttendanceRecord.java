package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** One registrant at one session: their status, why (optional), who recorded it and when. */
public record AttendanceRecord(SessionId session, RegistrantId registrant, AttendanceStatus status, String reason,
                               UserId recordedBy, Instant recordedAt, Version version) {

    public static final int MAX_REASON_LENGTH = 500;

    public AttendanceRecord {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(version, "version");
        reason = reason == null ? "" : reason;
    }

    /** Excused without a reason is allowed, but screens point it out: a reason is expected. */
    public boolean excusedWithoutReason() {
        return status == AttendanceStatus.EXCUSED && reason.isBlank();
    }
}
