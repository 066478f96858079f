package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.eligibility.EligibilityRuleRepositoryContract;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;

class MemoryEligibilityRuleRepositoryTest extends EligibilityRuleRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();

    @Override
    protected EligibilityRuleRepository repository() {
        return memory.eligibilityRules();
    }
}
