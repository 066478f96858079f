package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.AddTopicUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class AddTopic implements AddTopicUseCase {

    private final SessionTypeRepository repository;
    private final SessionTypeChanges changes;

    public AddTopic(SessionTypeRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType addTopic(Command command) {
        return changes.apply(command.type(), type -> type.addTopic(repository.nextTopicId(), command.name()));
    }
}
