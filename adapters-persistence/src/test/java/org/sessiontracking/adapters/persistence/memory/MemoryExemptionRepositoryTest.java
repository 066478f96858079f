package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.exemption.ExemptionRepositoryContract;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;

class MemoryExemptionRepositoryTest extends ExemptionRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected ExemptionRepository repository() {
        return memory.exemptions();
    }

    @Override
    protected ComplianceQuery compliance() {
        return memory.compliance();
    }

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }
}
