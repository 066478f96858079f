package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.eligibility.EligibilityFactsContract;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.support.StoragePorts;

class MemoryEligibilityFactsTest extends EligibilityFactsContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected EligibilityFacts facts() {
        return memory.eligibilityFacts();
    }

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return memory.enrolments();
    }
}
