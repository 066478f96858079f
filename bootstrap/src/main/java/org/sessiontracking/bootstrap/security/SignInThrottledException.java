package org.sessiontracking.bootstrap.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, whatever the password, because of recent failures; says how long to wait. */
final class SignInThrottledException extends AuthenticationException {

    private final long seconds;

    SignInThrottledException(long seconds) {
        super("Too many failed sign-ins. Try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }
}
