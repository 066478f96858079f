package org.sessiontracking.domain.common;

/** An input value is outside what the domain accepts (empty, too long, out of range...). */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message) {
        super(field, message);
    }
}
