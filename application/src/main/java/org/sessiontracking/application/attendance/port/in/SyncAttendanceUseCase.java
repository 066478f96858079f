package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SessionId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A field app uploads the marks it recorded offline for one session. Every mark comes back with what
 * became of it: applied (through the same save as the Attendance tab's, so it enters the same history,
 * at the time it was captured), unchanged (already applied by an earlier upload of the same mark, the
 * same as stored, or superseded), a conflict (someone else changed the record after the mark was
 * captured: nothing is overwritten, both values come back) or rejected with its reason (unknown
 * registrant, cancelled session, a value a rule refuses). Uploading the same batch again changes nothing.
 */
public interface SyncAttendanceUseCase {

    int MAX_MARKS = 5_000;
    int MAX_CLIENT_MARK_ID_LENGTH = 100;

    Result sync(Command command);

    /**
     * @param clientMarkId the id the app gave the mark when it was recorded; a second upload of it is unchanged
     * @param capturedAt   when it was recorded on the device
     */
    record OfflineMark(String clientMarkId, String registrantExternalId, AttendanceStatus status, String reason,
                       Instant capturedAt) {
        public OfflineMark {
            reason = reason == null ? "" : reason.strip();
        }
    }

    record Command(SessionId session, List<OfflineMark> marks) {
        public Command {
            Objects.requireNonNull(session, "session");
            marks = List.copyOf(Objects.requireNonNull(marks, "marks"));
            if (marks.size() > MAX_MARKS) {
                throw new InvalidValueException("marks", "Send at most " + MAX_MARKS + " marks at once, got "
                        + marks.size());
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < marks.size(); i++) {
                OfflineMark mark = marks.get(i);
                String at = "marks[" + i + "].";
                if (mark.clientMarkId() == null || mark.clientMarkId().isBlank()
                        || mark.clientMarkId().length() > MAX_CLIENT_MARK_ID_LENGTH) {
                    throw new InvalidValueException(at + "clientMarkId", "Each mark needs its clientMarkId, at most "
                            + MAX_CLIENT_MARK_ID_LENGTH + " characters");
                }
                if (!ids.add(mark.clientMarkId())) {
                    throw new InvalidValueException(at + "clientMarkId", "Mark '" + mark.clientMarkId()
                            + "' is in the batch twice");
                }
                if (mark.registrantExternalId() == null || mark.registrantExternalId().isBlank()) {
                    throw new InvalidValueException(at + "externalId", "Each mark needs the registrant's external id");
                }
                if (mark.status() == null) {
                    throw new InvalidValueException(at + "status", "Each mark needs a status: PRESENT, ABSENT or EXCUSED");
                }
                if (mark.capturedAt() == null) {
                    throw new InvalidValueException(at + "capturedAt", "Each mark needs the time it was captured");
                }
            }
        }
    }

    /** What became of one mark. */
    sealed interface MarkOutcome {
        String clientMarkId();
    }

    record Applied(String clientMarkId, RegistrantSummary registrant) implements MarkOutcome {
    }

    /** @param why already applied, the same as stored, or superseded by a later mark */
    record Unchanged(String clientMarkId, Optional<RegistrantSummary> registrant, String why) implements MarkOutcome {
    }

    /**
     * Someone else changed the record after the mark was captured: it was not applied.
     *
     * @param theirs the record as stored now; empty when they removed it
     */
    record Conflict(String clientMarkId, RegistrantSummary registrant, OfflineMark mine, Optional<AttendanceRow> theirs)
            implements MarkOutcome {
    }

    record Rejected(String clientMarkId, String reason) implements MarkOutcome {
    }

    /** @param marks one outcome per mark, in the order sent */
    record Result(SessionId session, List<MarkOutcome> marks) {
        public Result {
            marks = List.copyOf(marks);
        }

        public long count(Class<? extends MarkOutcome> kind) {
            return marks.stream().filter(kind::isInstance).count();
        }
    }
}
