package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.List;
import java.util.Optional;

/** What attendance recording needs of verification periods: a session's period, and where late corrections go. */
public interface LateCorrectionLog {

    /** The period of the session's type whose dates hold the session's date, if one is defined. */
    Optional<VerificationPeriod> periodOf(SessionId session);

    LateCorrectionId nextId();

    void add(List<LateCorrection> corrections);
}
