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

    /** Deletes the rule; a DomainException ({@link #usedByPathway}) when a graduation criterion uses it. */
    void delete(EligibilityRuleId id);

    /** Why a rule a graduation pathway's criterion uses cannot be deleted. */
    static String usedByPathway(String pathway) {
        return "The graduation pathway '" + pathway + "' uses this rule as a criterion: remove it there first";
    }

    /** All rules by name. */
    List<EligibilityRule> list();
}
