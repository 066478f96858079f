package org.sessiontracking.adapters.persistence.apitoken;

import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.adapters.persistence.user.JooqUserRepository;
import org.sessiontracking.application.apitoken.ApiTokenRepositoryContract;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;

import java.time.Clock;

class JooqApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    private final JooqApiTokenRepository tokens = new JooqApiTokenRepository(TestDatabase.dsl());
    private final JooqUserRepository users = new JooqUserRepository(TestDatabase.dsl(), Clock.systemUTC());

    @Override
    protected ApiTokenRepository tokens() {
        return tokens;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}
