package org.sessiontracking.application.verification.port.out;

import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.Optional;

/** The late corrections of the periods, as the verification screens read and decide them. */
public interface LateCorrectionRepository {

    Optional<LateCorrection> findById(LateCorrectionId id);

    /** Stores the decision if the stored version is still {@code correction.version()}; else ConcurrentModificationException. */
    void update(LateCorrection correction);

    /** The period's late corrections, latest first. */
    List<LateCorrectionRow> ofPeriod(VerificationPeriodId period);

    int pendingOf(VerificationPeriodId period);
}
