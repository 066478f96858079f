package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.AttendanceSyncMarksContract;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

class MemoryAttendanceSyncMarksTest extends AttendanceSyncMarksContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected AttendanceSyncMarks marks() {
        return memory.attendanceSyncMarks();
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
