package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.session.Session;

/** The facilitator completes a session in progress. */
public interface CompleteSessionUseCase {

    Session complete(SessionVersion seen);
}
