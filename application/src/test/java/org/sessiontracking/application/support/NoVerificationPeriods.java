package org.sessiontracking.application.support;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.Optional;
import java.util.function.Consumer;

/** A programme that defined no verification periods: every period is read live. */
public final class NoVerificationPeriods implements FrozenCompliance {

    @Override
    public Optional<VerificationPeriod> periodWithDates(SessionTypeId type, Period dates) {
        return Optional.empty();
    }

    @Override
    public void forEach(VerificationPeriodId period, int version, ComplianceCriteria criteria,
                        Consumer<ComplianceRow> row) {
        throw new IllegalArgumentException("no verification period " + period);
    }

    @Override
    public CompliancePolicy policyOf(VerificationPeriodId period, int version) {
        throw new IllegalArgumentException("no verification period " + period);
    }
}
