package org.sessiontracking.adapters.web.api;

/** A parameter or body value the API cannot read at all (no rule involved): 400 naming the field. */
final class BadRequestException extends RuntimeException {

    private final String field;

    BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
