package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.GetSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.util.Optional;

public final class GetSession implements GetSessionUseCase {

    private final SessionRepository sessions;
    private final SessionAttendanceCount attendance;
    private final CurrentActor currentActor;

    public GetSession(SessionRepository sessions, SessionAttendanceCount attendance, CurrentActor currentActor) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.currentActor = currentActor;
    }

    @Override
    public Optional<SessionView> get(SessionId id) {
        Actor actor = currentActor.get();
        actor.require(Permission.READ);
        return sessions.findById(id).map(session -> new SessionView(session, session.mayBeChangedBy(actor),
                attendance.countFor(id)));
    }
}
