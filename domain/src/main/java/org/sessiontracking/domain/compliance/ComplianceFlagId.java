package org.sessiontracking.domain.compliance;

public record ComplianceFlagId(long value) {
}
