package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.apitoken.ApiTokenRepositoryContract;
import org.sessiontracking.application.apitoken.port.out.ApiTokenRepository;
import org.sessiontracking.application.user.port.out.UserRepository;

class MemoryApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected ApiTokenRepository tokens() {
        return memory.apiTokens();
    }

    @Override
    protected UserRepository users() {
        return memory.users();
    }
}
