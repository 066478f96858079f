package org.sessiontracking.domain.verification;

public record VerificationPeriodId(long value) {
}
