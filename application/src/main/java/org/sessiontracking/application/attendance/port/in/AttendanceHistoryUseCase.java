package org.sessiontracking.application.attendance.port.in;

import org.sessiontracking.application.attendance.HistoryLine;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;

/** Anyone signed in reads the history of a record or of a whole session, newest first. */
public interface AttendanceHistoryUseCase {

    List<HistoryLine> ofRecord(SessionId session, RegistrantId registrant);

    List<HistoryLine> ofSession(SessionId session);
}
