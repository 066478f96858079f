package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

/** Loads the period a request is about, or says it does not exist. */
final class PeriodLoader {

    private PeriodLoader() {
    }

    static VerificationPeriod load(VerificationPeriodRepository periods, VerificationPeriodId id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("The verification period no longer exists"));
    }
}
