package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.EditSessionUseCase;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.user.UserId;

import java.util.HashSet;
import java.util.Set;

public final class EditSession implements EditSessionUseCase {

    private final SessionChanges changes;

    public EditSession(SessionRepository sessions, SessionTypeRepository types, UserRepository users,
                       CurrentActor currentActor) {
        this.changes = new SessionChanges(sessions, types, users, currentActor);
    }

    @Override
    public Session edit(Command command) {
        return changes.apply(command.seen(), session -> {
            Set<UserId> inCharge = new HashSet<>(session.coFacilitators());
            session.facilitator().ifPresent(inCharge::add);
            changes.requireActiveFacilitators(command.plan(), inCharge);
            session.edit(changes.type(command.type()), command.plan());
        });
    }
}
