package org.sessiontracking.domain.graduation;

public record CriterionId(long value) {
}
