package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;

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
     */
    record SetStatus(RegistrantId registrant, AttendanceStatus status, String reason,
                     Optional<Version> loadedVersion) implements AttendanceEdit {
        public SetStatus {
            Objects.requireNonNull(registrant, "registrant");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(loadedVersion, "loadedVersion");
            reason = reason == null ? "" : reason;
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
