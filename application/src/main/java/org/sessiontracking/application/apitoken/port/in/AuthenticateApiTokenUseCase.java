package org.sessiontracking.application.apitoken.port.in;

import org.sessiontracking.domain.user.User;

import java.util.Optional;

/**
 * A system action run before anyone is signed in: which active user a presented API token stands for.
 * Empty for anything else: no such token, a revoked one, or one whose owner is deactivated (checked on
 * every call, so deactivating a user stops their tokens at once).
 */
public interface AuthenticateApiTokenUseCase {

    Optional<User> authenticate(String presentedToken);
}
