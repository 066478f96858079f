package org.sessiontracking.domain.exemption;

public record ExemptionId(long value) {
}
