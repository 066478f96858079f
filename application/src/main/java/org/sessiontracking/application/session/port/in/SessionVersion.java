package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.SessionId;

import java.util.Objects;

/** A session as the user saw it: its id and the version they loaded. */
public record SessionVersion(SessionId id, Version version) {
    public SessionVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }
}
