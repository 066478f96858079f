package org.sessiontracking.application.common;

import org.sessiontracking.domain.common.DomainException;

/** A value that must be unique (a name, a code, a username) is already taken. */
public class DuplicateException extends DomainException {

    public DuplicateException(String field, String message) {
        super(field, message);
    }
}
