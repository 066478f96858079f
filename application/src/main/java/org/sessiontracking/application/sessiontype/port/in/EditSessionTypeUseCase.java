package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/** An administrator changes a session type's settings. */
public interface EditSessionTypeUseCase {

    SessionType edit(Command command);

    /** @param expectedVersion the version the administrator saw; a newer stored one is a conflict */
    record Command(SessionTypeId id, Version expectedVersion, SessionTypeDetails details, boolean topicTracking) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
        }
    }
}
