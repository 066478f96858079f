package org.sessiontracking.domain.sessiontype;

import org.sessiontracking.domain.common.Text;

import java.util.Objects;

/** A topic of a session type's curriculum. Retired topics keep their history but are not offered. */
public record Topic(TopicId id, String name, boolean active) {

    public static final int MAX_NAME_LENGTH = 100;

    public Topic {
        Objects.requireNonNull(id, "id");
        name = validName(name);
    }

    /** Trims a topic name and checks it is present and not too long. */
    public static String validName(String name) {
        return Text.required("topics", "Topic name", name, MAX_NAME_LENGTH);
    }

    Topic withName(String newName) {
        return new Topic(id, newName, active);
    }

    Topic withActive(boolean newActive) {
        return new Topic(id, name, newActive);
    }
}
