package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.ComplianceQueryContract;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;

class MemoryComplianceQueryTest extends ComplianceQueryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected ComplianceQuery query() {
        return memory.compliance();
    }

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }
}
