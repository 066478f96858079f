package org.sessiontracking.application.user.port.in;

import org.sessiontracking.domain.user.Actor;

/** Who is signed in: their name and role, for the screens to show and to decide what to offer. */
public interface CurrentUserUseCase {

    Actor currentUser();
}
