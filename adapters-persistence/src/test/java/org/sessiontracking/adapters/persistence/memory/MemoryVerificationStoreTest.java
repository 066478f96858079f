package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.verification.VerificationStoreContract;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;

class MemoryVerificationStoreTest extends VerificationStoreContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected StoragePorts ports() {
        return MemoryPorts.of(memory);
    }

    @Override
    protected VerificationPeriodRepository periods() {
        return memory.verificationPeriods();
    }

    @Override
    protected LateCorrectionRepository corrections() {
        return memory.lateCorrections();
    }

    @Override
    protected LateCorrectionLog log() {
        return memory.lateCorrectionLog();
    }

    @Override
    protected FrozenComplianceLists frozen() {
        return memory.frozenLists();
    }

    @Override
    protected FrozenCompliance frozenCompliance() {
        return memory.frozenCompliance();
    }

    @Override
    protected ComplianceQuery compliance() {
        return memory.compliance();
    }

    @Override
    protected org.sessiontracking.application.eligibility.port.out.EligibilityFacts eligibilityFacts() {
        return memory.eligibilityFacts();
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return memory.enrolments();
    }
}
