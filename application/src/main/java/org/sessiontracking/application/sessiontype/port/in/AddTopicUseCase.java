package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.Objects;

/** An administrator adds a topic at the end of a type's curriculum. */
public interface AddTopicUseCase {

    SessionType addTopic(Command command);

    record Command(SessionTypeVersion type, String name) {
        public Command {
            Objects.requireNonNull(type, "type");
        }
    }
}
