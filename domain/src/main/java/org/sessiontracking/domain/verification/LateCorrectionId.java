package org.sessiontracking.domain.verification;

public record LateCorrectionId(long value) {
}
