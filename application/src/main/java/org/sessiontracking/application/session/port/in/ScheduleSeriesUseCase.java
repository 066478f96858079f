package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SeriesSchedule;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.List;
import java.util.Objects;

/**
 * Schedules a whole series from the type's frequency: the plan is repeated on every date of the
 * schedule (its own date is replaced). With {@code rotateTopics} the sessions take the type's topics
 * in turn, starting with the plan's topic ({@link org.sessiontracking.domain.sessiontype.SessionType#topicRotation}).
 * All sessions are stored, or none.
 */
public interface ScheduleSeriesUseCase {

    List<Session> schedule(Command command);

    record Command(SessionTypeId type, SessionPlan plan, SeriesSchedule schedule, boolean rotateTopics) {

        public Command(SessionTypeId type, SessionPlan plan, SeriesSchedule schedule) {
            this(type, plan, schedule, false);
        }

        public Command {
            if (type == null) {
                throw new InvalidValueException("type", "Session type is required");
            }
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(schedule, "schedule");
        }
    }
}
