package org.sessiontracking.adapters.persistence.graduation;

import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.graduation.GraduationStorageContract;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.support.StoragePorts;

class JooqGraduationStorageContractTest extends GraduationStorageContract {

    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());

    @Override
    protected StoragePorts ports() {
        return ports;
    }

    @Override
    protected GraduationPathwayRepository pathways() {
        return new JooqGraduationPathwayRepository(TestDatabase.dsl());
    }

    @Override
    protected GraduationRecords records() {
        return new JooqGraduationRecords(TestDatabase.dsl());
    }

    @Override
    protected ReadinessQuery readiness() {
        return new JooqReadinessQuery(TestDatabase.dsl());
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return new org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository(TestDatabase.dsl(),
                java.time.Clock.systemUTC());
    }
}
