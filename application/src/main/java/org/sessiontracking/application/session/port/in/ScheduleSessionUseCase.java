package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/** Staff, managers and administrators schedule a session (user guide, "Step 2: Create sessions"). */
public interface ScheduleSessionUseCase {

    Session schedule(Command command);

    record Command(SessionTypeId type, SessionPlan plan) {
        public Command {
            if (type == null) {
                throw new InvalidValueException("type", "Session type is required");
            }
            Objects.requireNonNull(plan, "plan");
        }
    }
}
