package org.sessiontracking.application.compliance.port.out;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.Optional;
import java.util.function.Consumer;

/** The frozen lists of verification periods, as compliance exports read them for a closed period. */
public interface FrozenCompliance {

    /** The verification period of the type whose dates are exactly {@code dates}, if one is defined. */
    Optional<VerificationPeriod> periodWithDates(SessionTypeId type, Period dates);

    /**
     * Every row of the frozen version, narrowed by the criteria's status, area and group, by name then
     * registrant id; the open flags are today's (flags are follow-up, not part of the frozen result).
     */
    void forEach(VerificationPeriodId period, int version, ComplianceCriteria criteria, Consumer<ComplianceRow> row);

    /** The threshold and excused policy a frozen version was judged under. */
    CompliancePolicy policyOf(VerificationPeriodId period, int version);

    /**
     * The latest frozen version of the type's verification period with exactly these dates, once that
     * period was closed (also while it is reopened): what exports and eligibility rules read for it.
     */
    default Optional<FrozenSource> frozenVersion(SessionTypeId type, Period dates) {
        return periodWithDates(type, dates).flatMap(period -> period.latestVersion()
                .map(version -> new FrozenSource(period.id(), version, policyOf(period.id(), version))));
    }

    /** A frozen version of a period's compliance list, and the policy it was judged under. */
    record FrozenSource(VerificationPeriodId period, int version, CompliancePolicy policy) {
    }
}
