package org.sessiontracking.application.session.port.out;

import org.sessiontracking.domain.session.SessionId;

/** How many attendance records a session has: cancelling one that has any needs a confirmation. */
public interface SessionAttendanceCount {

    int countFor(SessionId session);
}
