package org.sessiontracking.application.session;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the sessions grid: a session with the names it refers to and its number of attendance records.
 *
 * @param facilitatorId        the user who runs it; empty when only external facilitators do
 * @param externalFacilitators the names of those who run it without an account
 */
public record SessionRow(SessionId id, String title, SessionTypeId typeId, String typeName, LocalDate date,
                         Optional<LocalTime> startTime, String location, String area, Optional<UserId> facilitatorId,
                         Optional<String> facilitatorName, List<String> externalFacilitators,
                         Optional<String> topicName, SessionStatus status, int attendanceRecords) {

    public SessionRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        startTime = Objects.requireNonNullElse(startTime, Optional.empty());
        facilitatorId = Objects.requireNonNullElse(facilitatorId, Optional.empty());
        facilitatorName = Objects.requireNonNullElse(facilitatorName, Optional.empty());
        externalFacilitators = List.copyOf(Objects.requireNonNullElse(externalFacilitators, List.of()));
        topicName = Objects.requireNonNullElse(topicName, Optional.empty());
    }

    /** Who runs it, the user facilitator first, then the external facilitators in their order. */
    public List<String> facilitatorNames() {
        List<String> names = new ArrayList<>();
        facilitatorName.ifPresent(names::add);
        names.addAll(externalFacilitators);
        return List.copyOf(names);
    }
}
