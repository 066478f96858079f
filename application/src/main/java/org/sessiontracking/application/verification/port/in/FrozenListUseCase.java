package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Anyone who may read sees and exports every frozen version of a period, beside the live list's totals. */
public interface FrozenListUseCase {

    List<FrozenVersion> versions(VerificationPeriodId period);

    List<FrozenRow> page(VerificationPeriodId period, int version, boolean changedOnly, int offset, int limit);

    int count(VerificationPeriodId period, int version, boolean changedOnly);

    void export(VerificationPeriodId period, int version, Consumer<FrozenRow> row);

    /** The live list's registrants per status for the period's dates, under the type's policy now. */
    Map<ComplianceStatus, Integer> liveTotals(VerificationPeriodId period);
}
