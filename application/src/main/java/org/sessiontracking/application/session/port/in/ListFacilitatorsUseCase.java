package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The users who can run sessions, for the facilitator and co-facilitator pickers. */
public interface ListFacilitatorsUseCase {

    /**
     * The active users whose role runs sessions (staff, managers, administrators) by name, plus the
     * given ones whatever their state (so that a form can show who ran an older session).
     */
    List<Facilitator> list(Collection<UserId> alsoInclude);

    record Facilitator(UserId id, String name, boolean active) {
        public Facilitator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
