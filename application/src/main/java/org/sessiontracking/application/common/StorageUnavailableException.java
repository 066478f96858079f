package org.sessiontracking.application.common;

import org.sessiontracking.domain.common.DomainException;

/**
 * The database could not be reached (stopped, restarting, or the connection broke), so the action
 * was not completed. Nothing the user entered is lost on screen; the same action can be tried again
 * once the database is back, which the application notices by itself.
 */
public class StorageUnavailableException extends DomainException {

    public static final String MESSAGE = "The database cannot be reached just now. What you entered is still "
            + "on screen: try again in a moment.";

    public StorageUnavailableException(Throwable cause) {
        super(MESSAGE);
        initCause(cause);
    }
}
