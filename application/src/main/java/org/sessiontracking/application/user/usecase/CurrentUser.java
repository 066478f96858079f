package org.sessiontracking.application.user.usecase;

import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Actor;

public final class CurrentUser implements CurrentUserUseCase {

    private final CurrentActor currentActor;

    public CurrentUser(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public Actor currentUser() {
        return currentActor.get();
    }
}
