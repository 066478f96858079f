package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Objects;

/** An administrator renames a topic; sessions that covered it show the new name. */
public interface RenameTopicUseCase {

    SessionType renameTopic(Command command);

    record Command(SessionTypeVersion type, TopicId topic, String newName) {
        public Command {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(topic, "topic");
        }
    }
}
