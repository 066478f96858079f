package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A registrant's fields and, for each requested fact, their counts and covered active topics, as the
 * store computes them in set-based queries. A fact with no record is absent from the maps.
 */
public record RegistrantFacts(RegistrantId registrant, String area, String kind, Optional<String> sex,
                              Optional<LocalDate> birthDate, Map<FactKey, AttendanceCounts> counts,
                              Map<FactKey, Integer> coveredTopics) {
}
