package org.sessiontracking.domain.graduation;

public record GraduationId(long value) {
}
