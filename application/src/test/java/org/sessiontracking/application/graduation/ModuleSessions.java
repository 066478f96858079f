package org.sessiontracking.application.graduation;

import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Use case 2's shape: one completed session per topic (module) of the type, a week apart, with a record of each registrant. */
public final class ModuleSessions {

    private ModuleSessions() {
    }

    /**
     * @param status each registrant's status at a module's session
     * @return the sessions, one per module in the type's order
     */
    public static List<SessionId> held(StoredData data, SessionType type, LocalDate first, UserId facilitator,
                            List<RegistrantId> registrants, BiFunction<RegistrantId, Topic, AttendanceStatus> status) {
        LocalDate day = first;
        List<SessionId> sessions = new ArrayList<>();
        for (Topic module : type.topics()) {
            SessionId session = data.session(type, day, SessionStatus.COMPLETED, facilitator, Optional.of(module.id()),
                    Set.of());
            sessions.add(session);
            for (RegistrantId registrant : registrants) {
                data.record(session, registrant, status.apply(registrant, module), facilitator);
            }
            day = day.plusDays(7);
        }
        return sessions;
    }
}
