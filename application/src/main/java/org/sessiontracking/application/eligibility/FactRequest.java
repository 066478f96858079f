package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One aggregate the store computes for every registrant: the counts at the type's non-cancelled
 * sessions in the period and, when {@code activeTopics} is not empty, how many of them were covered.
 * When the period is a verification period that was closed, {@code frozen} names its latest frozen
 * version: the counts are read from that version (topics covered are always read live). When
 * {@code household} is present, the status of each registrant's household is computed too (of the frozen
 * version's rows, when it names one).
 */
public record FactRequest(FactKey key, SessionTypeId type, Period period, Set<TopicId> activeTopics,
                          Optional<FrozenCompliance.FrozenSource> frozen, Optional<Households> household) {

    public FactRequest {
        activeTopics = Set.copyOf(activeTopics);
        frozen = Objects.requireNonNullElse(frozen, Optional.empty());
        household = Objects.requireNonNullElse(household, Optional.empty());
    }

    /** A request of counts without households. */
    public FactRequest(FactKey key, SessionTypeId type, Period period, Set<TopicId> activeTopics,
                       Optional<FrozenCompliance.FrozenSource> frozen) {
        this(key, type, period, activeTopics, frozen, Optional.empty());
    }

    /** A request of live counts. */
    public FactRequest(FactKey key, SessionTypeId type, Period period, Set<TopicId> activeTopics) {
        this(key, type, period, activeTopics, Optional.empty(), Optional.empty());
    }

    /** How households are judged: the type's household rule over its members judged under {@code policy}. */
    public record Households(HouseholdRule rule, CompliancePolicy policy) {
        public Households {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(policy, "policy");
        }
    }
}
