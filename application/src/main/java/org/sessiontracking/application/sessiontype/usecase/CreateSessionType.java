package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.CreateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;

import java.util.List;

public final class CreateSessionType implements CreateSessionTypeUseCase {

    private final SessionTypeRepository repository;
    private final SessionTypeChanges changes;

    public CreateSessionType(SessionTypeRepository repository, CurrentActor currentActor) {
        this.repository = repository;
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType create(Command command) {
        changes.requireAdministrator();
        SessionTypeId id = repository.nextId();
        changes.requireUnique(command.details(), id);
        List<Topic> topics = command.topics().stream()
                .map(name -> new Topic(repository.nextTopicId(), name, true))
                .toList();
        SessionType type = SessionType.create(id, command.details(), command.topicTracking(), topics);
        repository.add(type);
        return repository.findById(id).orElseThrow();
    }
}
