package org.sessiontracking.application.enrolment.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Manager or Administrator enrols areas, households (by external id: their members are expected) or
 * registrants (by external id) in a session type, from a first day, until a last day or open-ended.
 */
public interface AddEnrolmentUseCase {

    EnrolmentId add(Command command);

    /**
     * One of {@code areas}, {@code householdIds} and {@code registrantIds} is given, the others empty.
     *
     * @param to empty for an enrolment without an end yet
     */
    record Command(SessionTypeId type, LocalDate from, Optional<LocalDate> to, List<String> areas,
                   List<String> householdIds, List<String> registrantIds) {
        public Command {
            to = to == null ? Optional.empty() : to;
            areas = areas == null ? List.of() : List.copyOf(areas);
            householdIds = ids(householdIds);
            registrantIds = ids(registrantIds);
            if (type == null) {
                throw new InvalidValueException("type", "Choose the session type");
            }
            int kinds = (areas.stream().allMatch(area -> area == null || area.isBlank()) ? 0 : 1)
                    + (householdIds.isEmpty() ? 0 : 1) + (registrantIds.isEmpty() ? 0 : 1);
            if (kinds > 1) {
                throw new InvalidValueException("scope", "An enrolment covers areas, households or registrants: one of them");
            }
        }

        private static List<String> ids(List<String> ids) {
            return ids == null ? List.of()
                    : ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        }
    }
}
