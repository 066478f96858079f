package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.util.List;

public final class ListSessions implements ListSessionsUseCase {

    private final SessionRepository sessions;
    private final CurrentActor currentActor;

    public ListSessions(SessionRepository sessions, CurrentActor currentActor) {
        this.sessions = sessions;
        this.currentActor = currentActor;
    }

    @Override
    public List<SessionRow> list(Scope scope, SessionFilter filter, PageRequest page) {
        return sessions.list(scoped(scope, filter), page);
    }

    @Override
    public int count(Scope scope, SessionFilter filter) {
        return sessions.count(scoped(scope, filter));
    }

    private SessionFilter scoped(Scope scope, SessionFilter filter) {
        Actor actor = currentActor.get();
        actor.require(Permission.READ);
        return scope == Scope.MINE ? filter.involving(actor.id()) : filter;
    }
}
