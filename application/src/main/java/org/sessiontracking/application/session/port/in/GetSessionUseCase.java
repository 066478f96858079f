package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;

import java.util.Objects;
import java.util.Optional;

/** Anyone signed in opens one session. */
public interface GetSessionUseCase {

    Optional<SessionView> get(SessionId id);

    /**
     * @param changeable        whether the signed-in user may edit it and change its status
     * @param attendanceRecords how many attendance records it has
     */
    record SessionView(Session session, boolean changeable, int attendanceRecords) {
        public SessionView {
            Objects.requireNonNull(session, "session");
        }
    }
}
