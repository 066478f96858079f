package org.sessiontracking.adapters.persistence.eligibility;

import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.eligibility.EligibilityRuleRepositoryContract;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;

import java.time.Clock;

class JooqEligibilityRuleRepositoryTest extends EligibilityRuleRepositoryContract {

    private final JooqEligibilityRuleRepository repository =
            new JooqEligibilityRuleRepository(TestDatabase.dsl(), Clock.systemUTC());

    @Override
    protected EligibilityRuleRepository repository() {
        return repository;
    }
}
