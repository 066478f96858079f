package org.sessiontracking.adapters.persistence.session;

import org.jooq.DSLContext;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.domain.session.SessionId;

import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;

/** Counts a session's rows in the attendance table (served by its primary key). */
public final class JooqSessionAttendanceCount implements SessionAttendanceCount {

    private final DSLContext db;

    public JooqSessionAttendanceCount(DSLContext db) {
        this.db = db;
    }

    @Override
    public int countFor(SessionId session) {
        return db.fetchCount(ATTENDANCE, ATTENDANCE.SESSION_ID.eq(session.value()));
    }
}
