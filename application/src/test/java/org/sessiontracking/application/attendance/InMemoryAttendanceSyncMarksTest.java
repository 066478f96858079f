package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

class InMemoryAttendanceSyncMarksTest extends AttendanceSyncMarksContract {

    private final InMemoryAttendanceSyncMarks marks = new InMemoryAttendanceSyncMarks();

    @Override
    protected AttendanceSyncMarks marks() {
        return marks;
    }

    @Override
    protected SessionId session() {
        return new SessionId(1);
    }

    @Override
    protected SessionId otherSession() {
        return new SessionId(2);
    }

    @Override
    protected RegistrantId registrant() {
        return new RegistrantId(1);
    }

    @Override
    protected UserId user() {
        return new UserId(1);
    }
}
