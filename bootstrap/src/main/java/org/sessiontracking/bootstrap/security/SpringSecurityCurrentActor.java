package org.sessiontracking.bootstrap.security;

import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in actor, read from Spring Security and checked against the stored user on every
 * call: a role change or deactivation takes effect at the next action, not at the next sign-in.
 */
public final class SpringSecurityCurrentActor implements CurrentActor {

    private final UserRepository users;

    public SpringSecurityCurrentActor(UserRepository users) {
        this.users = users;
    }

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser principal)) {
            throw new AccessDeniedException("Please sign in first");
        }
        return users.findById(principal.id())
                .filter(User::active)
                .map(User::asActor)
                .orElseThrow(() -> new AccessDeniedException("Your account is no longer active"));
    }
}
