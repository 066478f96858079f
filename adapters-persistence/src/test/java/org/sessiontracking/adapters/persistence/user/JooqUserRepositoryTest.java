package org.sessiontracking.adapters.persistence.user;

import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.user.UserRepositoryContract;
import org.sessiontracking.application.user.port.out.UserRepository;

import java.time.Clock;

class JooqUserRepositoryTest extends UserRepositoryContract {

    private final JooqUserRepository repository = new JooqUserRepository(TestDatabase.dsl(), Clock.systemUTC());

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
