package org.sessiontracking.application.common;

import org.sessiontracking.domain.common.DomainException;

/** The thing a use case was asked to act on does not exist (any more). */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
