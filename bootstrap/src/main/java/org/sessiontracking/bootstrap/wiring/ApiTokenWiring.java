package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.application.apitoken.port.in.AuthenticateApiTokenUseCase;
import org.sessiontracking.application.apitoken.port.in.ManageApiTokensUseCase;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.apitoken.usecase.AuthenticateApiToken;
import org.sessiontracking.application.apitoken.usecase.ManageApiTokens;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;
import java.time.Clock;

/** Personal API tokens: managing them on the screen, and checking one on every API call. */
@Configuration(proxyBeanMethods = false)
public class ApiTokenWiring {

    @Bean
    ManageApiTokensUseCase manageApiTokensUseCase(UseCaseTransactions tx, ApiTokenRepository tokens,
                                                  UserRepository users, CurrentActor actor, Clock clock) {
        return tx.transactional(ManageApiTokensUseCase.class,
                new ManageApiTokens(tokens, users, actor, clock, new SecureRandom()));
    }

    @Bean
    AuthenticateApiTokenUseCase authenticateApiTokenUseCase(UseCaseTransactions tx, ApiTokenRepository tokens,
                                                            UserRepository users, Clock clock) {
        return tx.transactional(AuthenticateApiTokenUseCase.class, new AuthenticateApiToken(tokens, users, clock));
    }
}
