package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.compliance.Compliance;

/**
 * What a rule can know of one registrant for one type and period.
 *
 * @param coveredTopics how many active topics the registrant covered (0 for types without topics)
 * @param activeTopics  how many active topics the type has
 */
public record TypeFacts(Compliance compliance, int coveredTopics, int activeTopics) {
}
