package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.MoveTopicUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class MoveTopic implements MoveTopicUseCase {

    private final SessionTypeChanges changes;

    public MoveTopic(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType moveTopic(Command command) {
        return changes.apply(command.type(), type -> type.moveTopic(command.topic(), command.newPosition()));
    }
}
