package org.sessiontracking.domain.common;

/** The signed-in user's role does not allow the action they attempted. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
