package org.sessiontracking.application.sessiontype.usecase;

import org.sessiontracking.application.sessiontype.port.in.RetireSessionTypeUseCase;
import org.sessiontracking.application.sessiontype.port.in.SessionTypeVersion;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.sessiontype.SessionType;

public final class RetireSessionType implements RetireSessionTypeUseCase {

    private final SessionTypeChanges changes;

    public RetireSessionType(SessionTypeRepository repository, CurrentActor currentActor) {
        this.changes = new SessionTypeChanges(repository, currentActor);
    }

    @Override
    public SessionType retire(SessionTypeVersion type) {
        return changes.apply(type, SessionType::retire);
    }
}
