package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.HistoryLine;
import org.sessiontracking.application.attendance.port.in.AttendanceHistoryUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class AttendanceHistory implements AttendanceHistoryUseCase {

    private final AttendanceAccess access;

    public AttendanceHistory(AttendanceRepository repository, AttendanceSessions sessions,
                             AttendanceRegistrants registrants, AttendanceUserNames userNames,
                             CurrentActor currentActor) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor);
    }

    @Override
    public List<HistoryLine> ofRecord(SessionId session, RegistrantId registrant) {
        access.currentActor.get().require(Permission.READ);
        access.session(session);
        return access.lines(access.repository.historyOf(session, registrant));
    }

    @Override
    public List<HistoryLine> ofSession(SessionId session) {
        access.currentActor.get().require(Permission.READ);
        access.session(session);
        return access.lines(access.repository.historyOf(session));
    }
}
