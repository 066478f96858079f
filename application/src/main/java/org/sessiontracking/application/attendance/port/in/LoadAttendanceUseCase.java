package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.domain.session.SessionId;

/** Anyone signed in sees a session's attendance (the Attendance tab, export). */
public interface LoadAttendanceUseCase {

    AttendanceView load(SessionId session);
}
