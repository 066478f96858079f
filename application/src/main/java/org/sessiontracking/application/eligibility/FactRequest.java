package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Set;

/**
 * One aggregate the store computes for every registrant: the counts at the type's non-cancelled
 * sessions in the period and, when {@code activeTopics} is not empty, how many of them were covered.
 */
public record FactRequest(FactKey key, SessionTypeId type, Period period, Set<TopicId> activeTopics) {

    public FactRequest {
        activeTopics = Set.copyOf(activeTopics);
    }
}
