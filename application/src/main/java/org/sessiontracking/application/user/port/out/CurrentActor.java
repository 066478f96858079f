package org.sessiontracking.application.user.port.out;

import org.sessiontracking.domain.user.Actor;

/** Who is using the application right now; use cases check their role against it. */
public interface CurrentActor {

    /** The signed-in actor; throws {@code AccessDeniedException} when nobody is signed in. */
    Actor get();
}
