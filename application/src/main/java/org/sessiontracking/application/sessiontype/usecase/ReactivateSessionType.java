package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.ReactivateSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class ReactivateSessionType implements ReactivateSessionTypeUseCase {

    private final SessionTypeChanges changes;

    public ReactivateSessionType(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType reactivate(SessionTypeVersion type) {
        return changes.apply(type, SessionType::reactivate);
    }
}
