package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.session.SessionId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sessions attendance tests record; a test puts them in (and changes their phase) directly. */
public final class InMemoryAttendanceSessions implements AttendanceSessions {

    private final Map<SessionId, AttendanceSession> sessions = new HashMap<>();

    public AttendanceSession put(AttendanceSession session) {
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public Optional<AttendanceSession> find(SessionId session) {
        return Optional.ofNullable(sessions.get(session));
    }
}
