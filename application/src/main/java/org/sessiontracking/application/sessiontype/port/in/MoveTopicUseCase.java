package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Objects;

/** An administrator reorders a type's topics. */
public interface MoveTopicUseCase {

    SessionType moveTopic(Command command);

    /** @param newPosition the topic's new 0-based place in the order */
    record Command(SessionTypeVersion type, TopicId topic, int newPosition) {
        public Command {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(topic, "topic");
        }
    }
}
