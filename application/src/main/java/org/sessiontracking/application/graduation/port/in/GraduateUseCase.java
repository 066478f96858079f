package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.LocalDate;
import java.util.List;

/**
 * A manager graduates registrants from a pathway, one or many at once, on a date. Anyone not ready
 * needs the reason; without one nobody is graduated.
 */
public interface GraduateUseCase {

    /** @return how many were graduated */
    int graduate(Command command);

    record Command(GraduationPathwayId pathway, List<RegistrantId> registrants, LocalDate graduatedOn, String reason) {
        public Command {
            if (pathway == null) {
                throw new InvalidValueException("pathway", "Choose the pathway");
            }
            registrants = registrants == null ? List.of() : List.copyOf(registrants);
            if (registrants.isEmpty()) {
                throw new InvalidValueException("registrants", "Select the registrants to graduate");
            }
            if (graduatedOn == null) {
                throw new InvalidValueException("graduatedOn", "Choose the graduation date");
            }
        }
    }
}
