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
}
