package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A registrant's fields and, for each requested fact, their counts and covered active topics, as the
 * store computes them in set-based queries. A fact with no record is absent from the maps.
 *
 * @param householdStatus per fact requested with households: the status of the registrant's household (the
 *                        registrant itself when it is one), as {@link org.sessiontracking.domain.compliance.HouseholdCompliance}
 *                        decides; absent for an individual who belongs to no household
 * @param missing         per fact of a type with enrolments: the registrant's missing records (held sessions
 *                        they were expected at and have no record of), which the type's missing-record policy
 *                        may count as Absent; absent when none
 */
public record RegistrantFacts(RegistrantId registrant, String area, String kind, Optional<String> sex,
                              Optional<LocalDate> birthDate, Map<FactKey, AttendanceCounts> counts,
                              Map<FactKey, Integer> coveredTopics, Map<FactKey, ComplianceStatus> householdStatus,
                              Map<FactKey, Integer> missing) {
}
