package org.sessiontracking.application.support;

import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

/** A {@link CurrentActor} for tests: whoever the test says is signed in. */
public final class FixedActor implements CurrentActor {

    private Actor actor;

    private FixedActor(Actor actor) {
        this.actor = actor;
    }

    public static FixedActor signedIn(Role role) {
        return new FixedActor(new Actor(new UserId(role.ordinal() + 1), role.label() + " user", role));
    }

    public static FixedActor signedIn(Actor actor) {
        return new FixedActor(actor);
    }

    public void switchTo(Actor other) {
        this.actor = other;
    }

    @Override
    public Actor get() {
        return actor;
    }
}
