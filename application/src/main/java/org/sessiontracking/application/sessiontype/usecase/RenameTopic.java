package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.RenameTopicUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class RenameTopic implements RenameTopicUseCase {

    private final SessionTypeChanges changes;

    public RenameTopic(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType renameTopic(Command command) {
        return changes.apply(command.type(), type -> type.renameTopic(command.topic(), command.newName()));
    }
}
