package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.casework.CaseRepositoryContract;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.support.StoredData;

class MemoryCaseRepositoryTest extends CaseRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));

    @Override
    protected CaseRepository repository() {
        return memory.cases();
    }

    @Override
    protected StoredData data() {
        return data;
    }
}
