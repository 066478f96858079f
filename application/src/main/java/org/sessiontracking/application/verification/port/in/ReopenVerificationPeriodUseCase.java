package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.domain.verification.VerificationPeriodId;

/** A Manager reopens a closed period, with a reason, to accept late corrections; its frozen versions stay. */
public interface ReopenVerificationPeriodUseCase {

    void reopen(VerificationPeriodId period, String reason);
}
