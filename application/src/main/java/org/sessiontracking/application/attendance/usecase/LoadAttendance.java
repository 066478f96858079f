package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.user.port.out.CurrentActor;

import java.time.Clock;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

public final class LoadAttendance implements LoadAttendanceUseCase {

    private final AttendanceAccess access;

    public LoadAttendance(AttendanceRepository repository, AttendanceSessions sessions,
                          AttendanceRegistrants registrants, AttendanceUserNames userNames, CurrentActor currentActor,
                          LateCorrectionLog lateCorrections, Clock clock) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor, lateCorrections,
                clock);
    }

    @Override
    public AttendanceView load(SessionId session) {
        Actor actor = access.currentActor.get();
        actor.require(Permission.READ);
        return access.view(access.session(session), actor);
    }
}
