package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule can know of one registrant for one type and period.
 *
 * @param coveredTopics how many active topics the registrant covered (0 for types without topics)
 * @param activeTopics  how many active topics the type has
 * @param household     the status of the registrant's household; empty when it belongs to none (or the rule
 *                      does not ask)
 */
public record TypeFacts(Compliance compliance, int coveredTopics, int activeTopics,
                        Optional<ComplianceStatus> household) {

    public TypeFacts {
        household = Objects.requireNonNullElse(household, Optional.empty());
    }
}
