package org.sessiontracking.domain.eligibility;

public record EligibilityRuleId(long value) {
}
