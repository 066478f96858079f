package org.sessiontracking.adapters.persistence.eligibility;

import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.eligibility.EligibilityFactsContract;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.application.support.StoragePorts;

class JooqEligibilityFactsContractTest extends EligibilityFactsContract {

    private final JooqEligibilityFacts facts = new JooqEligibilityFacts(TestDatabase.dsl());
    private final StoragePorts ports = JooqPorts.of(TestDatabase.dsl());

    @Override
    protected EligibilityFacts facts() {
        return facts;
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
