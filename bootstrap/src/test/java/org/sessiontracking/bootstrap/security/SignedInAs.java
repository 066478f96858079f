package org.sessiontracking.bootstrap.security;

import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a new user of a role in on this thread, as the sign-in form would, for tests of the wired use cases. */
final class SignedInAs {

    private SignedInAs() {
    }

    static User newUser(UserRepository users, Role role, String tag) {
        String name = role.name().toLowerCase() + "." + tag + "." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), name, "not-a-real-hash", role));
        User user = users.findByUsername(new Username(name)).orElseThrow();
        SignedInUser principal = new SignedInUser(user);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        return user;
    }
}
