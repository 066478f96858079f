package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.graduation.GraduationStorageContract;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.support.StoragePorts;

class MemoryGraduationStorageTest extends GraduationStorageContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }

    @Override
    protected GraduationPathwayRepository pathways() {
        return memory.graduationPathways();
    }

    @Override
    protected GraduationRecords records() {
        return memory.graduationRecords();
    }

    @Override
    protected ReadinessQuery readiness() {
        return memory.readiness();
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return memory.enrolments();
    }
}
