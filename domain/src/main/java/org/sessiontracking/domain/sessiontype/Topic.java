package org.sessiontracking.domain.sessiontype;

import org.sessiontracking.domain.common.Text;

import java.util.Objects;

/** A topic of a session type's curriculum. Retired topics keep their history but are not offered. */
public record Topic(TopicId id, String name, boolean active) {

    public static final int MAX_NAME_LENGTH = 100;

    public Topic {
        Objects.requireNonNull(id, "id");
        name = Text.required("topics", "Topic name", name, MAX_NAME_LENGTH);
    }

    Topic withName(String newName) {
        return new Topic(id, newName, active);
    }

    Topic withActive(boolean newActive) {
        return new Topic(id, name, newActive);
    }
}
