package org.sessiontracking.application.session;

import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.domain.session.SessionId;

import java.util.HashMap;
import java.util.Map;

/** Attendance records counted per session, as a test sets them. */
public final class InMemorySessionAttendance implements SessionAttendanceCount {

    private final Map<SessionId, Integer> records = new HashMap<>();

    public void setRecords(SessionId session, int count) {
        records.put(session, count);
    }

    @Override
    public int countFor(SessionId session) {
        return records.getOrDefault(session, 0);
    }
}
