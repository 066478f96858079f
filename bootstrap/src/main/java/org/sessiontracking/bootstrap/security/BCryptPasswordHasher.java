package org.sessiontracking.bootstrap.security;

import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Hashes passwords with the same encoder that checks them at sign-in. */
public final class BCryptPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    public BCryptPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String plainPassword) {
        return encoder.encode(plainPassword);
    }
}
