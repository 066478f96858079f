package org.sessiontracking.application.exemption.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A Manager or Administrator exempts areas or registrants (by external id) over a date range, with a reason. */
public interface AddExemptionUseCase {

    ExemptionId add(Command command);

    /**
     * @param type        empty for every session type
     * @param areas       the areas covered; empty when registrants are listed
     * @param externalIds the registrants covered, by external id; empty when areas are
     */
    record Command(Optional<SessionTypeId> type, LocalDate from, LocalDate to, List<String> areas,
                   List<String> externalIds, String reason) {
        public Command {
            type = type == null ? Optional.empty() : type;
            areas = areas == null ? List.of() : List.copyOf(areas);
            externalIds = externalIds == null ? List.of()
                    : externalIds.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
            if (!areas.isEmpty() && !externalIds.isEmpty()) {
                throw new InvalidValueException("scope", "An exemption covers areas or registrants, not both");
            }
        }
    }
}
