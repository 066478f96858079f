package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;

public final class CancelSession implements CancelSessionUseCase {

    private final SessionRepository sessions;
    private final SessionAttendanceCount attendance;
    private final SessionChanges changes;

    public CancelSession(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                         SessionAttendanceCount attendance, CurrentActor currentActor) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public Outcome cancel(Command command) {
        Session session = changes.loadAsSeen(command.seen());
        // checks the status and the reason first, so that the user confirms only a valid cancellation;
        // nothing is stored until the update below
        session.cancel(command.reason());
        int records = attendance.countFor(session.id());
        if (records > 0 && !command.attendanceConfirmed()) {
            return new ConfirmationNeeded(records);
        }
        sessions.update(session);
        return new Cancelled(changes.load(session.id()));
    }
}
