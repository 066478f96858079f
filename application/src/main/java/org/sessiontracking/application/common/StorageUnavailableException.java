package org.sessiontracking.application.common;

import org.sessiontracking.domain.common.DomainException;

/**
 * The database could not be reached (stopped, restarting, or the connection broke; or, under a
 * peak, no connection came free in time), so the action was not completed. Nothing the user
 * entered is lost on screen; the same action can be tried again once the database is back, which
 * the application notices by itself.
 */
public class StorageUnavailableException extends DomainException {

    public static final String MESSAGE = "The database cannot be reached just now. What you entered is still "
            + "on screen: try again in a moment.";
    public static final String BUSY_MESSAGE = "The application is too busy to reach the database just now. What you "
            + "entered is still on screen: try again in a moment.";

    private StorageUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    /** The database server is down, restarting, or the connection to it broke. */
    public static StorageUnavailableException unreachable(Throwable cause) {
        return new StorageUnavailableException(MESSAGE, cause);
    }

    /** The server is up but every connection stayed in use for longer than a request may wait. */
    public static StorageUnavailableException busy(Throwable cause) {
        return new StorageUnavailableException(BUSY_MESSAGE, cause);
    }
}
