package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * Which of a topic-tracking type's active topics a registrant covered (was Present at a non-cancelled
 * session of the type on that topic) and which are missing (product.md, "Curriculum completion").
 * Retired topics count neither as covered nor as required.
 */
public record CurriculumCompletion(List<Topic> covered, List<Topic> missing) {

    public CurriculumCompletion {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    /**
     * @param topics       the type's topics in their order; only the active ones count
     * @param coveredTopic the topics the registrant was Present at, active or not
     */
    public static CurriculumCompletion of(List<Topic> topics, Set<TopicId> coveredTopic) {
        List<Topic> active = topics.stream().filter(Topic::active).toList();
        return new CurriculumCompletion(
                active.stream().filter(topic -> coveredTopic.contains(topic.id())).toList(),
                active.stream().filter(topic -> !coveredTopic.contains(topic.id())).toList());
    }

    public int activeTopics() {
        return covered.size() + missing.size();
    }

    /** Complete when every active topic is covered; a type with no active topic is never complete. */
    public boolean complete() {
        return activeTopics() > 0 && missing.isEmpty();
    }

    /** covered / active as a percentage with one decimal; 0 when the type has no active topic. */
    public BigDecimal percent() {
        if (activeTopics() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(covered.size() * 100L)
                .divide(BigDecimal.valueOf(activeTopics()), 1, RoundingMode.HALF_UP);
    }
}
