package org.sessiontracking.domain.sessiontype;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test data builder: a valid monthly FDS type unless told otherwise. */
public final class SessionTypeBuilder {

    private long id = 1;
    private String name = "Family Development Session";
    private String code = "FDS";
    private String description = "Family welfare education";
    private Frequency frequency = Frequency.MONTHLY;
    private BigDecimal durationHours = BigDecimal.valueOf(2);
    private int requiredAttendance = 80;
    private ExcusedPolicy excusedPolicy = ExcusedPolicy.LEFT_OUT;
    private MissingRecordPolicy missingRecordPolicy = MissingRecordPolicy.LISTED_AS_NO_RECORD;
    private boolean topicTracking = true;
    private final List<String> topics = new ArrayList<>();

    public static SessionTypeBuilder aSessionType() {
        return new SessionTypeBuilder();
    }

    public SessionTypeBuilder id(long value) {
        this.id = value;
        return this;
    }

    public SessionTypeBuilder name(String value) {
        this.name = value;
        return this;
    }

    public SessionTypeBuilder code(String value) {
        this.code = value;
        return this;
    }

    public SessionTypeBuilder frequency(Frequency value) {
        this.frequency = value;
        return this;
    }

    public SessionTypeBuilder requiredAttendance(int value) {
        this.requiredAttendance = value;
        return this;
    }

    public SessionTypeBuilder excusedPolicy(ExcusedPolicy value) {
        this.excusedPolicy = value;
        return this;
    }

    public SessionTypeBuilder withoutTopicTracking() {
        this.topicTracking = false;
        this.topics.clear();
        return this;
    }

    public SessionTypeBuilder missingRecords(MissingRecordPolicy value) {
        this.missingRecordPolicy = value;
        return this;
    }

    public SessionTypeBuilder topics(String... names) {
        this.topicTracking = true;
        this.topics.addAll(List.of(names));
        return this;
    }

    public SessionTypeDetails details() {
        return new SessionTypeDetails(name, Optional.ofNullable(code), description, frequency, durationHours,
                requiredAttendance, excusedPolicy, SessionTypeDetails.DEFAULT_ABSENCE_WARNING, missingRecordPolicy,
                HouseholdRule.DEFAULT);
    }

    public SessionType build() {
        List<Topic> initial = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            initial.add(new Topic(new TopicId(id * 1000 + i + 1), topics.get(i), true));
        }
        return SessionType.create(new SessionTypeId(id), details(), topicTracking, initial);
    }
}
