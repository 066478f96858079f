package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.EditSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class EditSessionType implements EditSessionTypeUseCase {

    private final SessionTypeChanges changes;

    public EditSessionType(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType edit(Command command) {
        return changes.apply(new SessionTypeVersion(command.id(), command.expectedVersion()), type -> {
            changes.requireUnique(command.details(), type.id());
            type.edit(command.details(), command.topicTracking());
        });
    }
}
