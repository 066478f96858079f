package org.sessiontracking.adapters.web.api;

import org.sessiontracking.domain.common.Version;

import java.util.Optional;

/** Reads the versions a client sends back: the optimistic lock of what it loaded. */
final class Versions {

    private Versions() {
    }

    static Version required(String field, Integer value) {
        return optional(field, value).orElseThrow(() -> new BadRequestException(field,
                "Send '" + field + "': the version as you loaded it"));
    }

    static Optional<Version> optional(String field, Integer value) {
        if (value != null && value < 0) {
            throw new BadRequestException(field, "'" + field + "' must not be negative, got " + value);
        }
        return Optional.ofNullable(value).map(Version::new);
    }
}
