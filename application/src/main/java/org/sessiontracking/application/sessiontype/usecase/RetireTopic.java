package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.RetireTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.TopicRef;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class RetireTopic implements RetireTopicUseCase {

    private final SessionTypeChanges changes;

    public RetireTopic(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType retireTopic(TopicRef topic) {
        return changes.apply(topic.type(), type -> type.retireTopic(topic.topic()));
    }
}
