package org.sessiontracking.adapters.web.session;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/**
 * What a {@link SessionTabProvider} learns about the session it shows, and how it tells the page.
 *
 * @param changeable whether the signed-in user may change this session (and so record its attendance)
 * @param onStored   for the tab to call after it stored something the page's header sums up (the number
 *                   of attendance records), so that the header follows without rebuilding the tabs
 */
public record SessionTabContext(SessionId id, SessionTypeId typeId, String title, SessionStatus status,
                                boolean changeable, Runnable onStored) {
    public SessionTabContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        onStored = Objects.requireNonNullElse(onStored, () -> { });
    }
}
