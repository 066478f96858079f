package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.attendance.AttendanceCounts;
import org.sessiontracking.domain.attendance.AttendanceSession;

import java.util.List;

/**
 * A session's attendance as loaded: its records (ordered by registrant name) and counts.
 *
 * @param recordable whether the signed-in user may change it now
 */
public record AttendanceView(AttendanceSession session, boolean recordable, List<AttendanceRow> rows,
                             AttendanceCounts counts) {
    public AttendanceView {
        rows = List.copyOf(rows);
    }
}
