package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.Objects;

/** Staff add many registrants to a session at once, all with one status (default Present). */
public interface AddRegistrantsUseCase {

    Result add(Command command);

    /** Who to add. */
    sealed interface Selection {
        /** Registrants picked one by one. */
        record Chosen(List<RegistrantId> registrants) implements Selection {
            public Chosen {
                registrants = List.copyOf(registrants);
                if (registrants.isEmpty()) {
                    throw new InvalidValueException("registrants", "Choose at least one registrant");
                }
            }
        }

        /** Every active member of a group (household). */
        record Group(RegistrantId group) implements Selection {
            public Group {
                Objects.requireNonNull(group, "group");
            }
        }

        /**
         * The session's expected roster: the active registrants an enrolment of its type expects on its date,
         * whose area it is open to (a session without an area: every enrolled area).
         */
        record Expected() implements Selection {
        }

        /** Every active individual registrant of an area. */
        record Area(String area) implements Selection {
            public Area {
                area = area == null ? "" : area.strip();
                if (area.isEmpty()) {
                    throw new InvalidValueException("area", "Choose an area");
                }
            }
        }
    }

    record Command(SessionId session, Selection selection, AttendanceStatus status, String reason) {
        public Command {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(selection, "selection");
            status = status == null ? AttendanceStatus.PRESENT : status;
        }
    }

    /**
     * @param added            the new rows, by name
     * @param alreadyOnSession how many of the selected registrants already had a record and were left as they were
     */
    record Result(List<AttendanceRow> added, int alreadyOnSession) {
        public Result {
            added = List.copyOf(added);
        }
    }
}
