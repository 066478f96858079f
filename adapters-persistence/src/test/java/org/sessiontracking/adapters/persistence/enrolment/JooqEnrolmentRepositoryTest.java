package org.sessiontracking.adapters.persistence.enrolment;

import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.enrolment.EnrolmentRepositoryContract;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.application.support.StoragePorts;

import java.time.Clock;

class JooqEnrolmentRepositoryTest extends EnrolmentRepositoryContract {

    private final JooqEnrolmentRepository repository = new JooqEnrolmentRepository(TestDatabase.dsl(), Clock.systemUTC());

    @Override
    protected EnrolmentRepository repository() {
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
