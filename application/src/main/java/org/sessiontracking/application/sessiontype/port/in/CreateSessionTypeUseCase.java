package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;

import java.util.List;
import java.util.Objects;

/** An administrator creates a session type (user guide, "Step 1: Create session types"). */
public interface CreateSessionTypeUseCase {

    SessionType create(Command command);

    /** @param topics the initial topics in order; only with topic tracking on */
    record Command(SessionTypeDetails details, boolean topicTracking, List<String> topics) {
        public Command {
            Objects.requireNonNull(details, "details");
            topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        }
    }
}
