package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;

class InMemoryEligibilityRuleRepositoryTest extends EligibilityRuleRepositoryContract {

    private final InMemoryEligibilityRuleRepository repository = new InMemoryEligibilityRuleRepository();

    @Override
    protected EligibilityRuleRepository repository() {
        return repository;
    }
}
