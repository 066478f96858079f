package org.sessiontracking.application.session.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;

import java.util.List;

/** Anyone signed in lists sessions: all of them, or the ones they run ("My sessions"). */
public interface ListSessionsUseCase {

    List<SessionRow> list(Scope scope, SessionFilter filter, PageRequest page);

    int count(Scope scope, SessionFilter filter);

    enum Scope {
        ALL,
        /** The sessions the signed-in user facilitates or co-facilitates. */
        MINE
    }
}
