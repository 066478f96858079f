package org.sessiontracking.adapters.web.session;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/**
 * What a {@link SessionTabProvider} learns about the session it shows.
 *
 * @param changeable whether the signed-in user may change this session (and so record its attendance)
 */
public record SessionTabContext(SessionId id, SessionTypeId typeId, String title, SessionStatus status,
                                boolean changeable) {
    public SessionTabContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
