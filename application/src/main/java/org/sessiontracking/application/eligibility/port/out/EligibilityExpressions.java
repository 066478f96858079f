package org.sessiontracking.application.eligibility.port.out;

import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.ExpressionProblem;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RuleInput;
import org.sessiontracking.application.eligibility.TypeReference;

import java.util.List;

/**
 * The expression language of eligibility rules (CEL), behind a port so that the application does
 * not depend on it. Checking finds syntax and type errors and the attendance functions the rule calls.
 */
public interface EligibilityExpressions {

    /**
     * @param defaultPeriod the period of calls that name none
     */
    Checked check(String expression, Period defaultPeriod);

    /** Compiles a rule whose {@link #check} found no problem; throws IllegalArgumentException otherwise. */
    CompiledRule compile(String expression, Period defaultPeriod);

    record Checked(List<ExpressionProblem> problems, List<TypeReference> references) {
        public Checked {
            problems = List.copyOf(problems);
            references = List.copyOf(references);
        }
    }

    /** A compiled rule: thread-safe, evaluated once per registrant. */
    interface CompiledRule {

        List<TypeReference> references();

        Outcome evaluate(RuleInput input);
    }
}
