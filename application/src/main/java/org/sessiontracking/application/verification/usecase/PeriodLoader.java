package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

/** Loads the period a request is about, or says it does not exist. */
final class PeriodLoader {

    private PeriodLoader() {
    }

    /** The compliance policy (threshold, excused policy) of the type as it is now. */
    static CompliancePolicy policyNow(SessionTypeRepository types, SessionTypeId type) {
        return CompliancePolicy.of(types.findById(type)
                .orElseThrow(() -> new NotFoundException("The session type no longer exists")));
    }

    static VerificationPeriod load(VerificationPeriodRepository periods, VerificationPeriodId id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("The verification period no longer exists"));
    }
}
