package org.sessiontracking.application.session.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.Optional;

/** Stores sessions with their co-facilitators, and lists them for the sessions grid. */
public interface SessionRepository {

    SessionId nextId();

    Optional<Session> findById(SessionId id);

    /** Stores new sessions (one, or a whole series) with version 0. */
    void addAll(List<Session> sessions);

    /**
     * Stores the changed session if the stored version is still {@code session.version()}, and
     * increments the stored version; otherwise throws {@code ConcurrentModificationException}.
     */
    void update(Session session);

    /**
     * A page of sessions; sort properties are those of {@link SessionFilter.SortProperty}, by
     * default the latest date first.
     */
    List<SessionRow> list(SessionFilter filter, PageRequest page);

    int count(SessionFilter filter);
}
