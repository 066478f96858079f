package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.Set;

/** Stores attendance records and their history, which is only ever appended. */
public interface AttendanceRepository {

    List<AttendanceRecord> findBySession(SessionId session);

    /**
     * Stores each write whose expectation still holds (the stored record has the expected version, or
     * there is no record when none is expected) and appends its history entry. Writes whose record
     * someone else changed meanwhile are left out, and so is their history.
     *
     * @return the registrants whose writes were stored
     */
    Set<RegistrantId> store(SessionId session, List<AttendanceSheet.Write> writes);

    /** The session's history, oldest first. */
    List<AttendanceChange> historyOf(SessionId session);

    /** One record's history, oldest first (it outlives the record's removal). */
    List<AttendanceChange> historyOf(SessionId session, RegistrantId registrant);
}
