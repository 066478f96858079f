package org.sessiontracking.application.sessiontype.port.in;

import org.sessiontracking.domain.sessiontype.SessionType;

/** An administrator retires a topic: it is no longer offered to new sessions, but never deleted. */
public interface RetireTopicUseCase {

    SessionType retireTopic(TopicRef topic);
}
