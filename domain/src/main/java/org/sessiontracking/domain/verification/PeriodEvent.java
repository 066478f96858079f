package org.sessiontracking.domain.verification;

import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a period's history: closed (freezing version {@code version} of its compliance list) or
 * reopened (with a reason). Events are only ever appended.
 *
 * @param byName the display name of who did it, as it was then
 */
public record PeriodEvent(Kind kind, int version, UserId by, String byName, Instant at, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public enum Kind {
        CLOSED, REOPENED
    }

    public PeriodEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(byName, "byName");
        Objects.requireNonNull(at, "at");
        reason = kind == Kind.REOPENED
                ? Text.required("reason", "A reason for reopening", reason, MAX_REASON_LENGTH)
                : Text.optional("reason", "Note", reason, MAX_REASON_LENGTH);
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
    }
}
