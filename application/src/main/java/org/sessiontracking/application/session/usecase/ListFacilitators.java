package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.List;

public final class ListFacilitators implements ListFacilitatorsUseCase {

    private final UserRepository users;
    private final CurrentActor currentActor;

    public ListFacilitators(UserRepository users, CurrentActor currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @Override
    public List<Facilitator> list(Collection<UserId> alsoInclude) {
        currentActor.get().require(Permission.READ);
        return users.listAll().stream()
                .filter(user -> (user.active() && user.role().allows(Permission.EDIT_OWN_SESSIONS))
                        || alsoInclude.contains(user.id()))
                .map(user -> new Facilitator(user.id(), user.displayName(), user.active()))
                .toList();
    }
}
