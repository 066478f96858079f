package org.sessiontracking.domain.graduation;

public record GraduationPathwayId(long value) {
}
