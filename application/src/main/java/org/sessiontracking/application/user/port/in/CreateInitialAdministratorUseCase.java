package org.sessiontracking.application.user.port.in;

import java.util.Optional;

/**
 * On first start, when nobody can sign in yet, the application creates an administrator account.
 * A system action: it runs before anyone signs in and does nothing once any user exists.
 */
public interface CreateInitialAdministratorUseCase {

    /**
     * @param password the configured password, or empty to generate one
     * @return the password to show once, when an account was created with a generated password
     */
    Result createIfNoUsers(String username, Optional<String> password);

    sealed interface Result {
        record UsersAlreadyExist() implements Result {
        }

        record Created(String username, Optional<String> generatedPassword) implements Result {
        }
    }
}
