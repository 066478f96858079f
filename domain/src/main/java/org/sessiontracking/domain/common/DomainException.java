package org.sessiontracking.domain.common;

import java.util.Optional;

/**
 * A rule of the domain was broken. The message is meant for the user who broke it, e.g.
 * "Required attendance must be between 0 and 100, got 120". When the rule is about one input
 * field, {@link #field()} names it so that screens can show the message next to that field.
 */
public class DomainException extends RuntimeException {

    private final String field;

    public DomainException(String message) {
        this(null, message);
    }

    public DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
