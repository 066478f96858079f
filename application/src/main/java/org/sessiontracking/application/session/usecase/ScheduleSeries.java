package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Permission;

import java.util.List;
import java.util.Set;

public final class ScheduleSeries implements ScheduleSeriesUseCase {

    private final SessionRepository sessions;
    private final CurrentActor currentActor;
    private final SessionChanges changes;

    public ScheduleSeries(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                          CurrentActor currentActor) {
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public List<Session> schedule(Command command) {
        currentActor.get().require(Permission.CREATE_SESSIONS);
        changes.requireActiveFacilitators(command.plan(), Set.of());
        SessionType type = changes.type(command.type());
        List<Session> series = command.schedule().dates(type.details().frequency()).stream()
                .map(date -> Session.create(sessions.nextId(), type, command.plan().onDate(date)))
                .toList();
        sessions.addAll(series);
        return series.stream().map(session -> changes.load(session.id())).toList();
    }
}
