package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.session.SeriesSchedule;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Shows the dates of a series from the type's frequency before the user confirms it. */
public interface PreviewSeriesUseCase {

    List<LocalDate> preview(Command command);

    record Command(SessionTypeId type, SeriesSchedule schedule) {
        public Command {
            if (type == null) {
                throw new InvalidValueException("type", "Session type is required");
            }
            Objects.requireNonNull(schedule, "schedule");
        }
    }
}
