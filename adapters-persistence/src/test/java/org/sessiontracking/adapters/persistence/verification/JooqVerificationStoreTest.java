package org.sessiontracking.adapters.persistence.verification;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.verification.VerificationStoreContract;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verification contract on PostgreSQL, and the database's own guard: frozen rows are never changed. */
class JooqVerificationStoreTest extends VerificationStoreContract {

    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());
    private final JooqLateCorrections corrections = new JooqLateCorrections(TestDatabase.dsl());
    private final JooqFrozenLists frozen = new JooqFrozenLists(TestDatabase.dsl());

    @Override
    protected StoragePorts ports() {
        return ports;
    }

    @Override
    protected VerificationPeriodRepository periods() {
        return new JooqVerificationPeriods(TestDatabase.dsl());
    }

    @Override
    protected LateCorrectionRepository corrections() {
        return corrections;
    }

    @Override
    protected LateCorrectionLog log() {
        return corrections;
    }

    @Override
    protected FrozenComplianceLists frozen() {
        return frozen;
    }

    @Override
    protected FrozenCompliance frozenCompliance() {
        return frozen;
    }

    @Override
    protected ComplianceQuery compliance() {
        return new JooqComplianceQuery(TestDatabase.dsl());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAFrozenList() {
        var db = TestDatabase.dsl();
        assertThatThrownBy(() -> db.execute("update frozen_compliance_row set p = p + 1"))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> db.execute("delete from frozen_compliance_version"))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> db.execute("delete from verification_period_event"))
                .hasMessageContaining("never changed or deleted");
    }

    @Override
    protected org.sessiontracking.application.eligibility.port.out.EligibilityFacts eligibilityFacts() {
        return new org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts(TestDatabase.dsl());
    }

    @Override
    protected org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments() {
        return new org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository(TestDatabase.dsl(),
                java.time.Clock.systemUTC());
    }
}
