package org.sessiontracking.adapters.persistence.exemption;

import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.exemption.ExemptionRepositoryContract;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;

import java.time.Clock;

class JooqExemptionRepositoryTest extends ExemptionRepositoryContract {

    private final JooqExemptionRepository repository = new JooqExemptionRepository(TestDatabase.dsl(), Clock.systemUTC());

    @Override
    protected ExemptionRepository repository() {
        return repository;
    }

    @Override
    protected ComplianceQuery compliance() {
        return new JooqComplianceQuery(TestDatabase.dsl());
    }

    @Override
    protected StoragePorts ports() {
        return JooqPorts.of(TestDatabase.dsl());
    }
}
