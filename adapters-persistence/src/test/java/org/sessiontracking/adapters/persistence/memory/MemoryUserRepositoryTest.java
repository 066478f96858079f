package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.user.UserRepositoryContract;
import org.sessiontracking.application.user.port.out.UserRepository;

class MemoryUserRepositoryTest extends UserRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected UserRepository repository() {
        return memory.users();
    }
}
