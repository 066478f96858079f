package org.sessiontracking.application.session.port.in;

import org.sessiontracking.domain.session.Session;

/** The facilitator starts a scheduled session: it is now In progress. */
public interface StartSessionUseCase {

    Session start(SessionVersion seen);
}
