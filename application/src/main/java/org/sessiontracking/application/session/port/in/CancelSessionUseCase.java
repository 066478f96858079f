package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.session.Session;

import java.util.Objects;

/**
 * A session is cancelled, with a reason. A cancelled session takes no attendance and counts for
 * nobody, so cancelling one that already has attendance records must be confirmed.
 */
public interface CancelSessionUseCase {

    Outcome cancel(Command command);

    /** @param attendanceConfirmed the user confirmed cancelling although attendance was recorded */
    record Command(SessionVersion seen, String reason, boolean attendanceConfirmed) {
        public Command {
            Objects.requireNonNull(seen, "seen");
        }
    }

    sealed interface Outcome {
    }

    record Cancelled(Session session) implements Outcome {
    }

    /** Nothing changed: the session has attendance records and the user has not confirmed yet. */
    record ConfirmationNeeded(int attendanceRecords) implements Outcome {
    }
}
