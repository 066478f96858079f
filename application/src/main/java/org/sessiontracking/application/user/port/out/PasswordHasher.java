package org.sessiontracking.application.user.port.out;

/** Turns a plain-text password into the one-way hash that is stored. */
public interface PasswordHasher {

    String hash(String plainPassword);
}
