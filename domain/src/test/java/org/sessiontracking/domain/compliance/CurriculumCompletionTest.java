package org.sessiontracking.domain.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CurriculumCompletionTest {

    private static final Topic NUTRITION = new Topic(new TopicId(1), "Nutrition", true);
    private static final Topic EDUCATION = new Topic(new TopicId(2), "Education", true);
    private static final Topic HEALTH = new Topic(new TopicId(3), "Health", true);
    private static final Topic RETIRED = new Topic(new TopicId(4), "Old topic", false);
    private static final List<Topic> TOPICS = List.of(NUTRITION, EDUCATION, RETIRED, HEALTH);

    @Test
    void coveredAndMissingActiveTopicsKeepTheTypesOrder() {
        CurriculumCompletion completion = CurriculumCompletion.of(TOPICS, Set.of(HEALTH.id(), NUTRITION.id()));
        assertThat(completion.covered()).containsExactly(NUTRITION, HEALTH);
        assertThat(completion.missing()).containsExactly(EDUCATION);
        assertThat(completion.percent()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(completion.complete()).isFalse();
    }

    @Test
    void allActiveTopicsCoveredIsCompleteEvenWithoutTheRetiredOne() {
        CurriculumCompletion completion = CurriculumCompletion.of(TOPICS,
                Set.of(NUTRITION.id(), EDUCATION.id(), HEALTH.id()));
        assertThat(completion.complete()).isTrue();
        assertThat(completion.percent()).isEqualByComparingTo(new BigDecimal("100.0"));
    }

    @Test
    void aRetiredTopicCoveredCountsForNothing() {
        CurriculumCompletion completion = CurriculumCompletion.of(TOPICS, Set.of(RETIRED.id()));
        assertThat(completion.covered()).isEmpty();
        assertThat(completion.activeTopics()).isEqualTo(3);
        assertThat(completion.percent()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aTypeWithoutActiveTopicsIsNeverComplete() {
        CurriculumCompletion completion = CurriculumCompletion.of(List.of(RETIRED), Set.of(RETIRED.id()));
        assertThat(completion.complete()).isFalse();
        assertThat(completion.percent()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
