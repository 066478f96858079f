package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Saves all changes of the Attendance grid in one transaction. Rows that someone else changed since
 * the user loaded them are not overwritten: they come back as conflicts with both values, and every
 * other row is saved.
 */
public interface SaveAttendanceUseCase {

    Result save(Command command);

    record Command(SessionId session, List<AttendanceEdit> edits) {
        public Command {
            Objects.requireNonNull(session, "session");
            edits = List.copyOf(edits);
            Set<RegistrantId> seen = new HashSet<>();
            for (AttendanceEdit edit : edits) {
                if (!seen.add(edit.registrant())) {
                    throw new IllegalArgumentException("two edits for registrant " + edit.registrant().value());
                }
            }
        }
    }

    /**
     * A row someone else changed since it was loaded.
     *
     * @param theirs the record as now stored; empty when they removed it
     */
    record Conflict(RegistrantSummary registrant, AttendanceEdit mine, Optional<AttendanceRow> theirs) {
    }

    sealed interface Result {
        int saved();

        /** The attendance as stored after the save. */
        AttendanceView view();
    }

    /** Every change was saved. */
    record Saved(int saved, AttendanceView view) implements Result {
    }

    /** The changes without conflicts were saved; the conflicting ones were not. */
    record SavedWithConflicts(int saved, List<Conflict> conflicts, AttendanceView view) implements Result {
        public SavedWithConflicts {
            conflicts = List.copyOf(conflicts);
        }
    }
}
