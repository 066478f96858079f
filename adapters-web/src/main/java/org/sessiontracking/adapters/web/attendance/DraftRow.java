package org.sessiontracking.adapters.web.attendance;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.domain.attendance.AttendanceStatus;

import java.util.Optional;

/** One row of the Attendance grid: the record as loaded and the user's unsaved status and reason. */
final class DraftRow {

    private final RegistrantSummary registrant;
    private Optional<AttendanceRow> stored;
    private AttendanceStatus status;
    private String reason;
    private boolean removed;

    private DraftRow(RegistrantSummary registrant, Optional<AttendanceRow> stored, AttendanceStatus status,
                     String reason) {
        this.registrant = registrant;
        this.stored = stored;
        this.status = status;
        this.reason = reason;
    }

    static DraftRow of(AttendanceRow row) {
        return new DraftRow(row.registrant(), Optional.of(row), row.status(), row.reason());
    }

    /** A row the user wants stored where there is no record (yet). */
    static DraftRow unstored(RegistrantSummary registrant, AttendanceStatus status, String reason) {
        return new DraftRow(registrant, Optional.empty(), status, reason);
    }

    RegistrantSummary registrant() {
        return registrant;
    }

    Optional<AttendanceRow> stored() {
        return stored;
    }

    AttendanceStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    boolean removed() {
        return removed;
    }

    void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    void setReason(String reason) {
        this.reason = reason == null ? "" : reason.strip();
    }

    void markRemoved() {
        this.removed = true;
    }

    /** Whether saving would change anything for this row. */
    boolean changed() {
        if (stored.isEmpty()) {
            return !removed;
        }
        return removed || stored.get().status() != status || !stored.get().reason().equals(reason);
    }

    boolean excusedWithoutReason() {
        return !removed && status == AttendanceStatus.EXCUSED && reason.isBlank();
    }

    /** The change to send, made on the version as loaded. */
    AttendanceEdit edit() {
        if (removed) {
            return new AttendanceEdit.Remove(registrant.id(), reason, stored.orElseThrow().version());
        }
        return new AttendanceEdit.SetStatus(registrant.id(), status, reason, stored.map(AttendanceRow::version));
    }
}
