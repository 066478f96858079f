package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.LocalDate;

/** Staff and up record whether a registrant met a staff-assessed criterion, on a date, with a note. */
public interface RecordAssessmentUseCase {

    void record(Command command);

    record Command(GraduationPathwayId pathway, CriterionId criterion, RegistrantId registrant, boolean met,
                   String note, LocalDate assessedOn) {
        public Command {
            if (pathway == null || criterion == null) {
                throw new InvalidValueException("criterion", "Choose the criterion to assess");
            }
            if (registrant == null) {
                throw new InvalidValueException("registrant", "Choose the registrant to assess");
            }
        }
    }
}
