package org.sessiontracking.application.eligibility.port.in;

import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.util.List;
import java.util.Optional;

/** Administrators write, check, name and save eligibility rules; anyone who may read lists them. */
public interface ManageEligibilityRulesUseCase {

    /** Syntax, type and session-type errors with their positions; empty when the rule is valid. */
    List<ExpressionProblem> check(String expression);

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
