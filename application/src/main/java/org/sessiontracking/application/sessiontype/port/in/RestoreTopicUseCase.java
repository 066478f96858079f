package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;

/** An administrator puts a retired topic back into the curriculum. */
public interface RestoreTopicUseCase {

    SessionType restoreTopic(TopicRef topic);
}
