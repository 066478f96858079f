package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;

/** One of a registrant's attendance records, with its session, for the registrant's compliance page. */
public record AttendanceLine(SessionId session, SessionTypeId type, String typeName, LocalDate date, String title,
                             boolean cancelled, AttendanceStatus status, String reason) {
}
