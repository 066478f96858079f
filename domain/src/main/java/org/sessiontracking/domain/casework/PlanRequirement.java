package org.sessiontracking.domain.casework;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/** What one item of a case plan asks of the registrant: one given session, or a number of sessions of a type. */
public sealed interface PlanRequirement {

    int MAX_COUNT = 100;

    /** How many attended sessions meet the requirement. */
    int required();

    /** "Attend the session X". */
    record AttendSession(SessionId session) implements PlanRequirement {
        public AttendSession {
            Objects.requireNonNull(session, "session");
        }

        @Override
        public int required() {
            return 1;
        }
    }

    /** "Attend 4 FDS sessions by June": sessions of the type inside the item's window. */
    record AttendSessionsOfType(SessionTypeId type, int count) implements PlanRequirement {
        public AttendSessionsOfType {
            Objects.requireNonNull(type, "type");
            if (count < 1 || count > MAX_COUNT) {
                throw new InvalidValueException("count",
                        "The number of sessions must be between 1 and " + MAX_COUNT + ", got " + count);
            }
        }

        @Override
        public int required() {
            return count;
        }
    }
}
