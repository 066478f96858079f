package org.sessiontracking.adapters.persistence.session;

import org.sessiontracking.adapters.persistence.jooq.tables.records.SessionRecord;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rows to sessions and back. */
final class SessionMapper {

    private SessionMapper() {
    }

    static Session toDomain(SessionRecord row, Set<UserId> coFacilitators) {
        SessionPlan plan = new SessionPlan(Optional.of(row.getTitle()), row.getSessionDate(),
                Optional.ofNullable(row.getStartTime()), Optional.ofNullable(row.getEndTime()),
                Optional.of(row.getDurationHours()), row.getLocation(), row.getArea(),
                Optional.ofNullable(row.getFacilitatorId()).map(UserId::new), coFacilitators,
                List.of(row.getExternalFacilitators()), Optional.ofNullable(row.getTopicId()).map(TopicId::new),
                row.getNotes());
        return Session.reconstitute(new SessionId(row.getId()), new SessionTypeId(row.getSessionTypeId()), plan,
                SessionStatus.valueOf(row.getStatus()), Optional.ofNullable(row.getCancelReason()),
                new Version(row.getVersion()));
    }

    /** Copies everything but id, version and timestamps onto the row. */
    static void copy(Session session, SessionRecord row) {
        row.setSessionTypeId(session.typeId().value());
        row.setTitle(session.title());
        row.setSessionDate(session.date());
        row.setStartTime(session.startTime().orElse(null));
        row.setEndTime(session.endTime().orElse(null));
        row.setDurationHours(session.durationHours());
        row.setLocation(session.location());
        row.setArea(session.area());
        row.setFacilitatorId(session.facilitator().map(UserId::value).orElse(null));
        row.setExternalFacilitators(session.externalFacilitators().toArray(String[]::new));
        row.setTopicId(session.topic().map(TopicId::value).orElse(null));
        row.setNotes(session.notes());
        row.setStatus(session.status().name());
        row.setCancelReason(session.cancelReason().orElse(null));
    }
}
