package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;

/** An administrator brings a retired type back into use. */
public interface ReactivateSessionTypeUseCase {

    SessionType reactivate(SessionTypeVersion type);
}
