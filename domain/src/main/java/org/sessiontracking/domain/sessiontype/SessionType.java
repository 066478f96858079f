package org.sessiontracking.domain.sessiontype;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The kind of session and its schedule: the first of the three layers of the user guide.
 * <p>
 * Owns its ordered topics. Topic names are unique within a type ignoring case, and topics are
 * never deleted: sessions may refer to them, so a topic leaves the curriculum by being retired.
 * Topics are offered to sessions only while topic tracking is on.
 */
public final class SessionType {

    private final SessionTypeId id;
    private SessionTypeDetails details;
    private boolean topicTracking;
    private final List<Topic> topics;
    private boolean active;
    private final Version version;

    private SessionType(SessionTypeId id, SessionTypeDetails details, boolean topicTracking, List<Topic> topics,
                        boolean active, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.topicTracking = topicTracking;
        this.topics = new ArrayList<>();
        this.active = active;
        this.version = Objects.requireNonNull(version, "version");
        topics.forEach(this::appendTopic);
    }

    /**
     * A new, active type. Initial topics need topic tracking on.
     */
    public static SessionType create(SessionTypeId id, SessionTypeDetails details, boolean topicTracking,
                                     List<Topic> initialTopics) {
        if (!topicTracking && !initialTopics.isEmpty()) {
            throw new DomainException("topics", "Turn on topic tracking to add topics");
        }
        if (initialTopics.stream().anyMatch(topic -> !topic.active())) {
            throw new DomainException("topics", "A new session type cannot start with retired topics");
        }
        return new SessionType(id, details, topicTracking, initialTopics, true, Version.NEW);
    }

    /** Rebuilds a stored type; the topics are in display order. */
    public static SessionType reconstitute(SessionTypeId id, SessionTypeDetails details, boolean topicTracking,
                                           List<Topic> topics, boolean active, Version version) {
        return new SessionType(id, details, topicTracking, topics, active, version);
    }

    /** Changes the settings. Turning topic tracking off keeps the topics, but sessions no longer see them. */
    public void edit(SessionTypeDetails newDetails, boolean newTopicTracking) {
        this.details = Objects.requireNonNull(newDetails, "details");
        this.topicTracking = newTopicTracking;
    }

    public void retire() {
        if (!active) {
            throw new DomainException("Session type '" + name() + "' is already retired");
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new DomainException("Session type '" + name() + "' is already active");
        }
        active = true;
    }

    public Topic addTopic(TopicId topicId, String name) {
        requireTopicTracking();
        Topic topic = new Topic(topicId, name, true);
        appendTopic(topic);
        return topic;
    }

    public void renameTopic(TopicId topicId, String newName) {
        int index = indexOf(topicId);
        Topic renamed = topics.get(index).withName(newName);
        requireUniqueName(renamed.name(), topicId);
        topics.set(index, renamed);
    }

    /** Moves a topic to {@code newPosition} (0-based) in the display order. */
    public void moveTopic(TopicId topicId, int newPosition) {
        if (newPosition < 0 || newPosition >= topics.size()) {
            throw new InvalidValueException("topics",
                    "Position must be between 1 and " + topics.size() + ", got " + (newPosition + 1));
        }
        Topic topic = topics.remove(indexOf(topicId));
        topics.add(newPosition, topic);
    }

    public void retireTopic(TopicId topicId) {
        int index = indexOf(topicId);
        Topic topic = topics.get(index);
        if (!topic.active()) {
            throw new DomainException("topics", "Topic '" + topic.name() + "' is already retired");
        }
        topics.set(index, topic.withActive(false));
    }

    public void restoreTopic(TopicId topicId) {
        int index = indexOf(topicId);
        Topic topic = topics.get(index);
        if (topic.active()) {
            throw new DomainException("topics", "Topic '" + topic.name() + "' is not retired");
        }
        topics.set(index, topic.withActive(true));
    }

    /** The topics a new session of this type may cover: none unless topic tracking is on. */
    public List<Topic> offeredTopics() {
        return topicTracking ? topics.stream().filter(Topic::active).toList() : List.of();
    }

    /**
     * The topics of {@code count} successive sessions that take the offered topics in turn, starting
     * with {@code first} (or with the first offered topic when it is empty or not offered), e.g.
     * Nutrition, Education, Financial Literacy, Health, Nutrition, ...
     *
     * @throws DomainException when the type offers no topics
     */
    public List<Topic> topicRotation(Optional<TopicId> first, int count) {
        List<Topic> offered = offeredTopics();
        if (offered.isEmpty()) {
            throw new DomainException("rotateTopics", "'" + details.name() + "' has no topics to rotate"
                    + (topicTracking ? "" : ": it does not track topics"));
        }
        int start = first.map(id -> offered.stream().map(Topic::id).toList().indexOf(id)).filter(i -> i >= 0)
                .orElse(0);
        return IntStream.range(0, count).mapToObj(i -> offered.get((start + i) % offered.size()))
                .toList();
    }

    /**
     * The topic of the session after one on {@code current}: the next offered topic in display order
     * (retired ones skipped), from the first again after the last; the first offered topic when
     * {@code current} is empty or not one of the type's; empty when the type offers no topics.
     */
    public Optional<Topic> topicAfter(Optional<TopicId> current) {
        List<Topic> offered = offeredTopics();
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        int index = current.map(id -> topics.stream().map(Topic::id).toList().indexOf(id)).orElse(-1);
        if (index < 0) {
            return Optional.of(offered.getFirst());
        }
        return IntStream.rangeClosed(1, topics.size()).mapToObj(step -> topics.get((index + step) % topics.size()))
                .filter(Topic::active).findFirst();
    }

    public Optional<Topic> topic(TopicId topicId) {
        return topics.stream().filter(topic -> topic.id().equals(topicId)).findFirst();
    }

    private void appendTopic(Topic topic) {
        requireUniqueName(topic.name(), topic.id());
        if (topics.stream().anyMatch(existing -> existing.id().equals(topic.id()))) {
            throw new IllegalArgumentException("duplicate topic id " + topic.id());
        }
        topics.add(topic);
    }

    private void requireUniqueName(String name, TopicId except) {
        String key = name.toLowerCase(Locale.ROOT);
        for (Topic existing : topics) {
            if (!existing.id().equals(except) && existing.name().toLowerCase(Locale.ROOT).equals(key)) {
                throw new DomainException("topics", "Topic '" + existing.name() + "' already exists"
                        + (existing.active() ? "" : " (retired: restore it instead)"));
            }
        }
    }

    private void requireTopicTracking() {
        if (!topicTracking) {
            throw new DomainException("topics", "Turn on topic tracking to add topics");
        }
    }

    private int indexOf(TopicId topicId) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).id().equals(topicId)) {
                return i;
            }
        }
        throw new DomainException("topics", "Session type '" + name() + "' has no topic with id " + topicId.value());
    }

    public SessionTypeId id() {
        return id;
    }

    public SessionTypeDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    /** The label used in session titles: the short code when there is one, otherwise the name. */
    public String titleLabel() {
        return details.code().orElse(details.name());
    }

    public boolean topicTracking() {
        return topicTracking;
    }

    /** All topics, retired ones included, in display order. */
    public List<Topic> topics() {
        return List.copyOf(topics);
    }

    public boolean active() {
        return active;
    }

    public Version version() {
        return version;
    }
}
