package org.sessiontracking.adapters.persistence.attendance;

import org.sessiontracking.adapters.persistence.session.JooqSessionAttendanceCount;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.attendance.AttendanceReadsContract;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.support.StoragePorts;

class JooqAttendanceReadsTest extends AttendanceReadsContract {

    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());

    @Override
    protected AttendanceSessions sessions() {
        return new JooqAttendanceSessions(TestDatabase.dsl());
    }

    @Override
    protected AttendanceUserNames userNames() {
        return new JooqAttendanceUserNames(TestDatabase.dsl());
    }

    @Override
    protected SessionAttendanceCount attendanceCount() {
        return new JooqSessionAttendanceCount(TestDatabase.dsl());
    }

    @Override
    protected StoragePorts ports() {
        return ports;
    }
}
