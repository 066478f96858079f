package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Objects;

/** One topic of a session type as the user saw it. */
public record TopicRef(SessionTypeVersion type, TopicId topic) {
    public TopicRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
    }
}
