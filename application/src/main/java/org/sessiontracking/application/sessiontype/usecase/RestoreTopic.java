package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.RestoreTopicUseCase;
import org.sessiontracking.application.sessiontype.port.in.TopicRef;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class RestoreTopic implements RestoreTopicUseCase {

    private final SessionTypeChanges changes;

    public RestoreTopic(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType restoreTopic(TopicRef topic) {
        return changes.apply(topic.type(), type -> type.restoreTopic(topic.topic()));
    }
}
