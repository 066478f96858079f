package org.sessiontracking.adapters.persistence.memory;

import java.time.Instant;
import java.util.Locale;

/** How the in-memory adapter compares text and keeps instants, as PostgreSQL does. */
final class MemoryText {

    private MemoryText() {
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** PostgreSQL keeps timestamps to the microsecond, rounding finer input to the nearest one. */
    static Instant toMicros(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond(), (instant.getNano() + 500L) / 1000 * 1000);
    }
}
