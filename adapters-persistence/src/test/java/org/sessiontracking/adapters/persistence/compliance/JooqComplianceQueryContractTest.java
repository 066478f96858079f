package org.sessiontracking.adapters.persistence.compliance;

import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.compliance.ComplianceQueryContract;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;

class JooqComplianceQueryContractTest extends ComplianceQueryContract {

    private final JooqComplianceQuery query = new JooqComplianceQuery(TestDatabase.dsl());
    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());

    @Override
    protected ComplianceQuery query() {
        return query;
    }

    @Override
    protected StoragePorts ports() {
        return ports;
    }
}
