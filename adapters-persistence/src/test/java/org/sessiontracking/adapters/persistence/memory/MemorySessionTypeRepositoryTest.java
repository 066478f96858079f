package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.sessiontype.SessionTypeRepositoryContract;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;

class MemorySessionTypeRepositoryTest extends SessionTypeRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected SessionTypeRepository repository() {
        return memory.sessionTypes();
    }
}
