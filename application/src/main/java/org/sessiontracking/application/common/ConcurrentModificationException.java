package org.sessiontracking.application.common;

import org.sessiontracking.domain.common.DomainException;

/** Someone else saved the same thing since it was loaded (detected by its version). */
public class ConcurrentModificationException extends DomainException {

    public ConcurrentModificationException(String message) {
        super(message);
    }
}
