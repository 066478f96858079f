package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.HouseholdComplianceQueryContract;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;

class MemoryHouseholdComplianceQueryTest extends HouseholdComplianceQueryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected HouseholdComplianceQuery query() {
        return memory.householdCompliance();
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
