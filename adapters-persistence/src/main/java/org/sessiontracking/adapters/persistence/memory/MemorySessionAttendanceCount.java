package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.domain.session.SessionId;

/** How many attendance records a session has, counted in the store. */
final class MemorySessionAttendanceCount implements SessionAttendanceCount {

    private final MemoryStore store;

    MemorySessionAttendanceCount(MemoryStore store) {
        this.store = store;
    }

    @Override
    public int countFor(SessionId session) {
        return store.atomically(() -> count(store, session));
    }

    /** The caller holds the store. */
    static int count(MemoryStore store, SessionId session) {
        return (int) store.attendance.all().stream().filter(record -> record.session().equals(session)).count();
    }
}
