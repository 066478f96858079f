package org.sessiontracking.adapters.persistence.compliance;

import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.compliance.HouseholdComplianceQueryContract;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;

class JooqHouseholdComplianceQueryContractTest extends HouseholdComplianceQueryContract {

    private final JooqHouseholdComplianceQuery query = new JooqHouseholdComplianceQuery(TestDatabase.dsl());
    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());

    @Override
    protected HouseholdComplianceQuery query() {
        return query;
    }

    @Override
    protected StoragePorts ports() {
        return ports;
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return new org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository(TestDatabase.dsl(),
                java.time.Clock.systemUTC());
    }
}
