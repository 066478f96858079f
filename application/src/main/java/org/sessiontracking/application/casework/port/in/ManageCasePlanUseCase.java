package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The case worker (or a manager) changes the plan of an open case. Each change answers the case's new version. */
public interface ManageCasePlanUseCase {

    Version addItem(CaseId id, Version version, Item item);

    Version editItem(CaseId id, Version version, int number, Item item);

    Version removeItem(CaseId id, Version version, int number);

    Version changeThresholds(CaseId id, Version version, int compliantPercent, int partialPercent);

    /**
     * A plan item as entered: one session, or a session type with a number of sessions (and an optional start).
     */
    record Item(Optional<SessionId> session, Optional<SessionTypeId> type, int count, Optional<LocalDate> startsOn,
                LocalDate dueOn) {
        public Item {
            session = Objects.requireNonNullElse(session, Optional.empty());
            type = Objects.requireNonNullElse(type, Optional.empty());
            startsOn = Objects.requireNonNullElse(startsOn, Optional.empty());
            if (session.isEmpty() == type.isEmpty()) {
                throw new InvalidValueException(session.isEmpty() ? "type" : "session",
                        "Choose either one session or a session type with a number of sessions");
            }
            if (dueOn == null) {
                throw new InvalidValueException("dueOn", "Each plan item needs a due date");
            }
        }

        public static Item session(SessionId session, LocalDate dueOn) {
            return new Item(Optional.of(session), Optional.empty(), 1, Optional.empty(), dueOn);
        }

        public static Item sessionsOfType(SessionTypeId type, int count, Optional<LocalDate> startsOn, LocalDate dueOn) {
            return new Item(Optional.empty(), Optional.of(type), count, startsOn, dueOn);
        }
    }
}
