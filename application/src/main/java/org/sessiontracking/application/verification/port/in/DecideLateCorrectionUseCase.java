package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.domain.verification.LateCorrectionId;

/**
 * A Manager accepts a late correction into a reopened (or never closed) period, or rejects it with a
 * reason: the attendance record is then put back as it was before the correction.
 */
public interface DecideLateCorrectionUseCase {

    void accept(LateCorrectionId correction, String note);

    void reject(LateCorrectionId correction, String reason);
}
