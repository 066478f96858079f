package org.sessiontracking.application.eligibility.port.out;

import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.List;
import java.util.Optional;

/** Stores the named eligibility rules. Names are unique ignoring case (DuplicateException otherwise). */
public interface EligibilityRuleRepository {

    EligibilityRuleId nextId();

    Optional<EligibilityRule> findById(EligibilityRuleId id);

    void add(EligibilityRule rule);

    /** Stores the change if the stored version is still {@code rule.version()}; else ConcurrentModificationException. */
    void update(EligibilityRule rule);

    void delete(EligibilityRuleId id);

    /** All rules by name. */
    List<EligibilityRule> list();
}
