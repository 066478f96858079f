package org.sessiontracking.domain.sessiontype;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.DomainException;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class SessionTypeTest {

    private static List<String> names(List<Topic> topics) {
        return topics.stream().map(Topic::name).toList();
    }

    @Test
    void aNewTypeIsActiveWithItsTopicsInOrder() {
        SessionType fds = aSessionType().topics("Nutrition", "Education", "Health").build();
        assertThat(fds.active()).isTrue();
        assertThat(names(fds.topics())).containsExactly("Nutrition", "Education", "Health");
        assertThat(names(fds.offeredTopics())).containsExactly("Nutrition", "Education", "Health");
    }

    @Test
    void topicNamesAreUniqueIgnoringCase() {
        assertThatThrownBy(() -> aSessionType().topics("Nutrition", "NUTRITION").build())
                .isInstanceOf(DomainException.class)
                .hasMessage("Topic 'Nutrition' already exists");
        SessionType fds = aSessionType().topics("Nutrition", "Health").build();
        assertThatThrownBy(() -> fds.addTopic(new TopicId(99), " health "))
                .hasMessage("Topic 'Health' already exists");
        TopicId health = fds.topics().get(1).id();
        assertThatThrownBy(() -> fds.renameTopic(health, "nutrition"))
                .hasMessage("Topic 'Nutrition' already exists");
    }

    @Test
    void renamingATopicToAnotherCaseOfItsOwnNameIsAllowed() {
        SessionType fds = aSessionType().topics("nutrition").build();
        fds.renameTopic(fds.topics().getFirst().id(), "Nutrition");
        assertThat(names(fds.topics())).containsExactly("Nutrition");
    }

    @Test
    void topicsNeedTopicTracking() {
        SessionType meeting = aSessionType().withoutTopicTracking().build();
        assertThatThrownBy(() -> meeting.addTopic(new TopicId(5), "Nutrition"))
                .hasMessage("Turn on topic tracking to add topics");
    }

    @Test
    void turningTrackingOffHidesTopicsWithoutLosingThem() {
        SessionType fds = aSessionType().topics("Nutrition").build();
        fds.edit(fds.details(), false);
        assertThat(fds.offeredTopics()).isEmpty();
        assertThat(names(fds.topics())).containsExactly("Nutrition");
        fds.edit(fds.details(), true);
        assertThat(names(fds.offeredTopics())).containsExactly("Nutrition");
    }

    @Test
    void aRetiredTopicStaysButIsNoLongerOffered() {
        SessionType fds = aSessionType().topics("Nutrition", "Health").build();
        TopicId nutrition = fds.topics().getFirst().id();
        fds.retireTopic(nutrition);
        assertThat(names(fds.topics())).containsExactly("Nutrition", "Health");
        assertThat(names(fds.offeredTopics())).containsExactly("Health");
        assertThatThrownBy(() -> fds.addTopic(new TopicId(77), "nutrition"))
                .hasMessage("Topic 'Nutrition' already exists (retired: restore it instead)");
        fds.restoreTopic(nutrition);
        assertThat(names(fds.offeredTopics())).containsExactly("Nutrition", "Health");
    }

    @Test
    void topicsCanBeReordered() {
        SessionType fds = aSessionType().topics("Nutrition", "Education", "Health").build();
        fds.moveTopic(fds.topics().get(2).id(), 0);
        assertThat(names(fds.topics())).containsExactly("Health", "Nutrition", "Education");
        assertThatThrownBy(() -> fds.moveTopic(fds.topics().getFirst().id(), 3))
                .hasMessage("Position must be between 1 and 3, got 4");
    }

    @Test
    void retiringTwiceIsRefused() {
        SessionType fds = aSessionType().build();
        fds.retire();
        assertThat(fds.active()).isFalse();
        assertThatThrownBy(fds::retire).hasMessage("Session type 'Family Development Session' is already retired");
        fds.reactivate();
        assertThat(fds.active()).isTrue();
    }

    @Test
    void sessionTitlesUseTheCodeWhenThereIsOne() {
        assertThat(aSessionType().code("FDS").build().titleLabel()).isEqualTo("FDS");
        assertThat(aSessionType().code(null).build().titleLabel()).isEqualTo("Family Development Session");
    }

    @Test
    void unknownTopicIsReported() {
        SessionType fds = aSessionType().topics("Nutrition").build();
        assertThatThrownBy(() -> fds.retireTopic(new TopicId(12345)))
                .hasMessage("Session type 'Family Development Session' has no topic with id 12345");
    }

    @Test
    void aSeriesTakesTheOfferedTopicsInTurnFromTheChosenOneSkippingRetiredOnes() {
        SessionType fds = aSessionType().topics("Nutrition", "Education", "Financial Literacy", "Health").build();
        List<Topic> topics = fds.topics();
        assertThat(fds.topicRotation(Optional.empty(), 6)).extracting(Topic::name).containsExactly(
                "Nutrition", "Education", "Financial Literacy", "Health", "Nutrition", "Education");
        assertThat(fds.topicRotation(Optional.of(topics.get(2).id()), 3)).extracting(Topic::name)
                .containsExactly("Financial Literacy", "Health", "Nutrition");
        fds.retireTopic(topics.get(1).id());
        assertThat(fds.topicRotation(Optional.of(topics.get(1).id()), 4)).extracting(Topic::name)
                .as("a retired first topic starts from the first offered one")
                .containsExactly("Nutrition", "Financial Literacy", "Health", "Nutrition");
        assertThat(fds.topicRotation(Optional.empty(), 0)).isEmpty();
    }

    @Test
    void theTopicAfterOneIsTheNextOfferedInDisplayOrderFromTheFirstAgainAfterTheLast() {
        SessionType skills = aSessionType().topics("Module 1", "Module 2", "Module 3", "Module 4").build();
        List<Topic> modules = skills.topics();
        assertThat(skills.topicAfter(Optional.of(modules.get(0).id()))).contains(modules.get(1));
        assertThat(skills.topicAfter(Optional.of(modules.get(3).id()))).contains(modules.get(0));
        skills.retireTopic(modules.get(2).id());
        assertThat(skills.topicAfter(Optional.of(modules.get(1).id()))).as("a retired module is skipped")
                .contains(modules.get(3));
        assertThat(skills.topicAfter(Optional.of(modules.get(2).id())))
                .as("after a module retired since, the one that follows it").contains(modules.get(3));
        assertThat(skills.topicAfter(Optional.empty())).contains(modules.get(0));
        assertThat(skills.topicAfter(Optional.of(new TopicId(999)))).contains(modules.get(0));
        SessionType one = aSessionType().topics("Only").build();
        assertThat(one.topicAfter(Optional.of(one.topics().getFirst().id()))).contains(one.topics().getFirst());
        assertThat(aSessionType().withoutTopicTracking().build().topicAfter(Optional.empty())).isEmpty();
    }

    @Test
    void aTypeWithoutTopicsHasNoRotation() {
        SessionType meeting = aSessionType().name("Meeting").withoutTopicTracking().build();
        assertThatThrownBy(() -> meeting.topicRotation(Optional.empty(), 3))
                .isInstanceOf(DomainException.class)
                .hasMessage("'Meeting' has no topics to rotate: it does not track topics");
        SessionType empty = aSessionType().name("Empty").topics().build();
        assertThatThrownBy(() -> empty.topicRotation(Optional.empty(), 3))
                .isInstanceOf(DomainException.class).hasMessage("'Empty' has no topics to rotate");
    }
}
