package org.sessiontracking.application.sessiontype;

import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;

class InMemorySessionTypeRepositoryTest extends SessionTypeRepositoryContract {

    private final InMemorySessionTypeRepository repository = new InMemorySessionTypeRepository();

    @Override
    protected SessionTypeRepository repository() {
        return repository;
    }
}
