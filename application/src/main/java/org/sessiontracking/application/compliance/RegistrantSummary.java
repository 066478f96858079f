package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.LocalDate;
import java.util.Optional;

/** What compliance and eligibility read of a registrant (owned by the registrants feature). */
public record RegistrantSummary(RegistrantId id, String externalId, String name, String kind, String area,
                                String group, Optional<String> sex, Optional<LocalDate> birthDate) {
}
