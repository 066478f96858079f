package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoragePorts;

/** The writing ports of one in-memory adapter, for the contracts' {@link org.sessiontracking.application.support.StoredData}. */
final class MemoryPorts {

    private MemoryPorts() {
    }

    static StoragePorts of(MemoryPersistence memory) {
        return new StoragePorts(memory.sessionTypes(), memory.users(), memory.registrants(), memory.registrantImports(),
                memory.sessions(), memory.attendance(), memory.complianceFlags());
    }
}
