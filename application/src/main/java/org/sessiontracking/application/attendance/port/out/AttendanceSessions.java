package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.session.SessionId;

import java.util.Optional;

/** What attendance recording reads of sessions: status, title and facilitators. */
public interface AttendanceSessions {

    Optional<AttendanceSession> find(SessionId session);
}
