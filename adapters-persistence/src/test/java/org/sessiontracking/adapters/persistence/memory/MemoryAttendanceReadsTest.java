package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.AttendanceReadsContract;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.support.StoragePorts;

class MemoryAttendanceReadsTest extends AttendanceReadsContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected AttendanceSessions sessions() {
        return memory.attendanceSessions();
    }

    @Override
    protected AttendanceUserNames userNames() {
        return memory.attendanceUserNames();
    }

    @Override
    protected SessionAttendanceCount attendanceCount() {
        return memory.sessionAttendanceCount();
    }

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }
}
