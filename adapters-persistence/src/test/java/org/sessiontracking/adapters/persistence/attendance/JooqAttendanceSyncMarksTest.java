package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.attendance.AttendanceSyncMarksContract;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

class JooqAttendanceSyncMarksTest extends AttendanceSyncMarksContract {

    private final DSLContext db = TestDatabase.dsl();
    private final AttendanceTestData data = new AttendanceTestData(db);
    private final JooqAttendanceSyncMarks marks = new JooqAttendanceSyncMarks(db);
    private final UserId user = data.user("Sync Officer");
    private final SessionId session = data.session("Sync test", "IN_PROGRESS", user);
    private final SessionId otherSession = data.session("Other sync test", "IN_PROGRESS", user);
    private final RegistrantId registrant = data.registrant();

    @Override
    protected AttendanceSyncMarks marks() {
        return marks;
    }

    @Override
    protected SessionId session() {
        return session;
    }

    @Override
    protected SessionId otherSession() {
        return otherSession;
    }

    @Override
    protected RegistrantId registrant() {
        return registrant;
    }

    @Override
    protected UserId user() {
        return user;
    }
}
