package org.sessiontracking.domain.sessiontype;

public record TopicId(long value) {
}
