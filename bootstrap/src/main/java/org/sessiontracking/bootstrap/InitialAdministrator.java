package org.sessiontracking.bootstrap;

import org.sessiontracking.application.user.port.in.CreateInitialAdministratorUseCase;
import org.sessiontracking.application.user.port.in.CreateInitialAdministratorUseCase.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * On the first start (no users yet) creates the administrator account from
 * {@code sessiontracking.admin.username} / {@code sessiontracking.admin.password}; without a
 * configured password it generates one and shows it once in the log.
 * <p>
 * It runs before every other start-up runner: the demo data adds users of its own, and an
 * administrator created after them would never be created at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final CreateInitialAdministratorUseCase useCase;
    private final String username;
    private final String password;

    InitialAdministrator(CreateInitialAdministratorUseCase useCase,
                         @Value("${sessiontracking.admin.username:admin}") String username,
                         @Value("${sessiontracking.admin.password:}") String password) {
        this.useCase = useCase;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Result result = useCase.createIfNoUsers(username, Optional.of(password));
        if (result instanceof Result.Created created) {
            created.generatedPassword().ifPresentOrElse(
                    generated -> log.warn("""

                            ==================================================================
                             First start: administrator account created.
                               username: {}
                               password: {}
                             This password is shown only once. Sign in and add your users.
                            ==================================================================""",
                            created.username(), generated),
                    () -> log.info("First start: administrator '{}' created with the configured password",
                            created.username()));
        }
    }
}
