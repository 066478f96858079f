package org.sessiontracking.application.verification;

import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One frozen version of a period's compliance list: who closed the period and when, the type's
 * threshold and excused policy at that moment, and how many registrants had each status.
 */
public record FrozenVersion(VerificationPeriodId period, int version, String closedBy, Instant closedAt,
                            CompliancePolicy policy, Map<ComplianceStatus, Integer> totals) {

    public FrozenVersion {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(policy, "policy");
        totals = Map.copyOf(totals);
    }

    public int registrants() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
