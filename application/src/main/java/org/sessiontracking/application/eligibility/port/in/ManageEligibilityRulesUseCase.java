package org.sessiontracking.application.eligibility.port.in;

import org.sessiontracking.application.eligibility.RuleCheck;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.List;
import java.util.Optional;

/** Administrators write, check, name and save eligibility rules; anyone who may read lists them. */
public interface ManageEligibilityRulesUseCase {

    /**
     * Everything Save refuses (length, syntax, types, session types) with positions, the session type
     * each name or code in the rule stands for, and a warning when the rule can be evaluated for none of
     * the first registrants (an overflow, say): Save still accepts such a rule.
     */
    RuleCheck check(String expression);

    /** Creates (no id) or updates a rule; throws InvalidExpressionException when it does not check. */
    EligibilityRuleId save(SaveCommand command);

    void delete(EligibilityRuleId id);

    List<EligibilityRule> list();

    Optional<EligibilityRule> get(EligibilityRuleId id);

    /** @param id and version empty for a new rule */
    record SaveCommand(Optional<EligibilityRuleId> id, Optional<Version> version, String name, String expression,
                       String description) {
        public SaveCommand {
            id = id == null ? Optional.empty() : id;
            version = version == null ? Optional.empty() : version;
            if (id.isPresent() != version.isPresent()) {
                throw new IllegalArgumentException("an existing rule is saved with its version");
            }
        }

        public static SaveCommand create(String name, String expression, String description) {
            return new SaveCommand(Optional.empty(), Optional.empty(), name, expression, description);
        }
    }
}
