package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.application.verification.PeriodSummary;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;

/** Anyone who may read sees a type's periods with their state, and each period's late corrections. */
public interface ListVerificationPeriodsUseCase {

    List<PeriodSummary> periods(SessionTypeId type);

    PeriodSummary period(VerificationPeriodId period);

    List<LateCorrectionRow> lateCorrections(VerificationPeriodId period);
}
