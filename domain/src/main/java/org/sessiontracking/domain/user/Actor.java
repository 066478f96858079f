package org.sessiontracking.domain.user;

import org.sessiontracking.domain.common.AccessDeniedException;

import java.util.Objects;

/** The signed-in user on whose behalf a use case runs. */
public record Actor(UserId id, String displayName, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }

    public boolean may(Permission permission) {
        return role.allows(permission);
    }

    /** Throws {@link AccessDeniedException} unless this actor's role allows the permission. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException("Your role (" + role.label() + ") does not allow this action");
        }
    }
}
