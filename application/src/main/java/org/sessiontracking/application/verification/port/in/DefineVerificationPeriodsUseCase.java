package org.sessiontracking.application.verification.port.in;

import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.Objects;

/** A Manager or Administrator defines a session type's verification periods, one at a time or a year at once. */
public interface DefineVerificationPeriodsUseCase {

    VerificationPeriodId define(SessionTypeId type, PeriodDraft period);

    /** Periods of {@code months} months for the year, deadline {@code deadlineDays} after each one's end; all or none. */
    List<VerificationPeriodId> generate(GenerateCommand command);

    record GenerateCommand(SessionTypeId type, int year, int months, int deadlineDays) {
        public GenerateCommand {
            Objects.requireNonNull(type, "type");
        }
    }
}
