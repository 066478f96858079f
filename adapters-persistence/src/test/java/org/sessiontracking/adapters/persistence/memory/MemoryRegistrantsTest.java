package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.registrant.RegistrantRepositoryContract;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;

class MemoryRegistrantsTest extends RegistrantRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected RegistrantRepository repository() {
        return memory.registrants();
    }

    @Override
    protected RegistrantImportStore importStore() {
        return memory.registrantImports();
    }
}
