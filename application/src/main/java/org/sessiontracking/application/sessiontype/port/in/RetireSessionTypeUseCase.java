package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;

/** An administrator retires a type: it keeps its history but gets no new sessions. */
public interface RetireSessionTypeUseCase {

    SessionType retire(SessionTypeVersion type);
}
