package org.sessiontracking.adapters.persistence.sessiontype;

import org.sessiontracking.adapters.persistence.jooq.tables.records.SessionTypeRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.TopicRecord;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.List;
import java.util.Optional;

/** Rows to session types and back. */
final class SessionTypeMapper {

    private SessionTypeMapper() {
    }

    static SessionType toDomain(SessionTypeRecord row, List<TopicRecord> topicRows) {
        SessionTypeDetails details = new SessionTypeDetails(row.getName(), Optional.ofNullable(row.getCode()),
                row.getDescription(), Frequency.valueOf(row.getFrequency()), row.getDurationHours(),
                row.getRequiredAttendance(), ExcusedPolicy.valueOf(row.getExcusedPolicy()), row.getAbsenceWarning(),
                MissingRecordPolicy.valueOf(row.getMissingRecordPolicy()), HouseholdRule.valueOf(row.getHouseholdRule()));
        List<Topic> topics = topicRows.stream()
                .map(topic -> new Topic(new TopicId(topic.getId()), topic.getName(), topic.getActive()))
                .toList();
        return SessionType.reconstitute(new SessionTypeId(row.getId()), details, row.getTopicTracking(), topics,
                row.getActive(), new Version(row.getVersion()));
    }

    /** Copies the type's settings onto the row (everything but id, version and timestamps). */
    static void copySettings(SessionType type, SessionTypeRecord row) {
        SessionTypeDetails details = type.details();
        row.setName(details.name());
        row.setCode(details.code().orElse(null));
        row.setDescription(details.description());
        row.setFrequency(details.frequency().name());
        row.setDurationHours(details.durationHours());
        row.setRequiredAttendance(details.requiredAttendance());
        row.setExcusedPolicy(details.excusedPolicy().name());
        row.setAbsenceWarning(details.absenceWarning());
        row.setMissingRecordPolicy(details.missingRecordPolicy().name());
        row.setHouseholdRule(details.householdRule().name());
        row.setTopicTracking(type.topicTracking());
        row.setActive(type.active());
    }
}
