package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.CompleteSessionUseCase;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;

public final class CompleteSession implements CompleteSessionUseCase {

    private final SessionChanges changes;

    public CompleteSession(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                           CurrentActor currentActor) {
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public Session complete(SessionVersion seen) {
        return changes.apply(seen, Session::complete);
    }
}
