package org.sessiontracking.application.user;

import org.sessiontracking.application.user.port.out.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();

    @Override
    protected UserRepository repository() {
        return repository;
    }
}
