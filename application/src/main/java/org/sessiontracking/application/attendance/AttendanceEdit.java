package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One row's change in the Attendance grid, made on the record as the user loaded it. */
public sealed interface AttendanceEdit {

    RegistrantId registrant();

    String reason();

    /**
     * Sets status and reason.
     *
     * @param loadedVersion the record's version when loaded; empty when the user saw no record
     * @param capturedAt    when the change was made, for a mark recorded offline and saved later (it is
     *                      then the record's and the history's time); empty for a change made now
     */
    record SetStatus(RegistrantId registrant, AttendanceStatus status, String reason,
                     Optional<Version> loadedVersion, Optional<Instant> capturedAt) implements AttendanceEdit {
        public SetStatus {
            Objects.requireNonNull(registrant, "registrant");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(loadedVersion, "loadedVersion");
            capturedAt = Objects.requireNonNullElse(capturedAt, Optional.empty());
            reason = reason == null ? "" : reason;
        }

        /** A change made now, on the screen. */
        public SetStatus(RegistrantId registrant, AttendanceStatus status, String reason,
                         Optional<Version> loadedVersion) {
            this(registrant, status, reason, loadedVersion, Optional.empty());
        }
    }

    /** Removes the record the user loaded in {@code loadedVersion}. */
    record Remove(RegistrantId registrant, String reason, Version loadedVersion) implements AttendanceEdit {
        public Remove {
            Objects.requireNonNull(registrant, "registrant");
            Objects.requireNonNull(loadedVersion, "loadedVersion");
            reason = reason == null ? "" : reason;
        }
    }
}
