package org.sessiontracking.bootstrap.load;

/** The application answered, but not what the person expected to see. */
final class LoadFailure extends RuntimeException {

    LoadFailure(String message) {
        super(message);
    }
}
