package org.sessiontracking.application.verification.port.out;

import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.function.Consumer;

/**
 * The frozen compliance lists of closed periods. Freezing computes the list with the compliance engine
 * (the same rule as the live list, set-based: never one registrant at a time) and stores it; a stored
 * version is never changed or removed.
 */
public interface FrozenComplianceLists {

    /**
     * Freezes the compliance of the period's type over its dates under {@code policy}, as the version of
     * {@code closing}, as of the calling transaction; IllegalStateException if that version exists.
     */
    FrozenVersion freeze(VerificationPeriod period, PeriodEvent closing, CompliancePolicy policy);

    /** The period's versions, first first. */
    List<FrozenVersion> versions(VerificationPeriodId period);

    /** A page of a version by name then registrant id, each row with its line of the version before when different. */
    List<FrozenRow> page(VerificationPeriodId period, int version, boolean changedOnly, int offset, int limit);

    int count(VerificationPeriodId period, int version, boolean changedOnly);

    /** Every row of a version by name then registrant id (without the version before). */
    void forEach(VerificationPeriodId period, int version, Consumer<FrozenRow> row);
}
