package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.port.in.StartSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;

public final class StartSession implements StartSessionUseCase {

    private final SessionChanges changes;

    public StartSession(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                        CurrentActor currentActor) {
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public Session start(SessionVersion seen) {
        return changes.apply(seen, Session::start);
    }
}
