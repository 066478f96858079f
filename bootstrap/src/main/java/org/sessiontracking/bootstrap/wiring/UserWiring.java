package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.user.port.in.CreateInitialAdministratorUseCase;
import org.sessiontracking.application.user.port.in.CurrentUserUseCase;
import org.sessiontracking.application.user.port.in.ManageUsersUseCase;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.application.user.usecase.CreateInitialAdministrator;
import org.sessiontracking.application.user.usecase.CurrentUser;
import org.sessiontracking.application.user.usecase.ManageUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Users: the user use cases over the chosen persistence adapter, each call one transaction. */
@Configuration(proxyBeanMethods = false)
public class UserWiring {

    @Bean
    ManageUsersUseCase manageUsersUseCase(UseCaseTransactions tx, UserRepository users, PasswordHasher hasher,
                                          CurrentActor actor) {
        return tx.transactional(ManageUsersUseCase.class, new ManageUsers(users, hasher, actor));
    }

    @Bean
    CreateInitialAdministratorUseCase createInitialAdministratorUseCase(UseCaseTransactions tx, UserRepository users,
                                                                        PasswordHasher hasher) {
        return tx.transactional(CreateInitialAdministratorUseCase.class, new CreateInitialAdministrator(users, hasher));
    }

    @Bean
    CurrentUserUseCase currentUserUseCase(UseCaseTransactions tx, CurrentActor actor) {
        return tx.transactional(CurrentUserUseCase.class, new CurrentUser(actor));
    }
}
