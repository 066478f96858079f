package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;

/** A session type as the user saw it: its id and the version they loaded. */
public record SessionTypeVersion(SessionTypeId id, Version version) {
    public SessionTypeVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }
}
