package org.sessiontracking.bootstrap.security;

import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The Spring Security principal: a user's id, sign-in name and password hash, and their role. */
final class SignedInUser implements UserDetails {

    private final UserId id;
    private final String username;
    private final String passwordHash;
    private final String role;
    private final boolean active;

    SignedInUser(User user) {
        this.id = user.id();
        this.username = user.username().value();
        this.passwordHash = user.passwordHash();
        this.role = user.role().name();
        this.active = user.active();
    }

    UserId id() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
