package org.sessiontracking.domain.sessiontype;

public record SessionTypeId(long value) {
}
