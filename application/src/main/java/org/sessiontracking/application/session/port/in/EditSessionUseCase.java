package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/** A facilitator, manager or administrator changes a session's plan. */
public interface EditSessionUseCase {

    Session edit(Command command);

    /** @param seen the session and version the user loaded; a newer stored one is a conflict */
    record Command(SessionVersion seen, SessionTypeId type, SessionPlan plan) {
        public Command {
            Objects.requireNonNull(seen, "seen");
            if (type == null) {
                throw new InvalidValueException("type", "Session type is required");
            }
            Objects.requireNonNull(plan, "plan");
        }
    }
}
