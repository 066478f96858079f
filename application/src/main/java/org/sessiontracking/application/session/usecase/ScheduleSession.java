package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Set;

public final class ScheduleSession implements ScheduleSessionUseCase {

    private final SessionRepository sessions;
    private final CurrentActor currentActor;
    private final SessionChanges changes;

    public ScheduleSession(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                           CurrentActor currentActor) {
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public Session schedule(Command command) {
        currentActor.get().require(Permission.CREATE_SESSIONS);
        changes.requireActiveFacilitators(command.plan(), Set.of());
        Session session = Session.create(sessions.nextId(), changes.type(command.type()), command.plan());
        sessions.addAll(List.of(session));
        return changes.load(session.id());
    }
}
