package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.enrolment.EnrolmentRepositoryContract;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.support.StoragePorts;

class MemoryEnrolmentRepositoryTest extends EnrolmentRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected EnrolmentRepository repository() {
        return memory.enrolments();
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
