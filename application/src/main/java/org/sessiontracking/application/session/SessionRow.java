package org.sessiontracking.application.session;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** One line of the sessions grid: a session with the names it refers to and its number of attendance records. */
public record SessionRow(SessionId id, String title, SessionTypeId typeId, String typeName, LocalDate date,
                         Optional<LocalTime> startTime, String location, String area, UserId facilitatorId,
                         String facilitatorName, Optional<String> topicName, SessionStatus status,
                         int attendanceRecords) {

    public SessionRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        startTime = Objects.requireNonNullElse(startTime, Optional.empty());
        topicName = Objects.requireNonNullElse(topicName, Optional.empty());
    }
}
