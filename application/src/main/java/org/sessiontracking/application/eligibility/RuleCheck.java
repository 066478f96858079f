package org.sessiontracking.application.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * What checking a rule found: the problems that keep it from being saved (the same that Save
 * applies), the session type each name or code in it stands for, and a warning when the rule could be
 * evaluated for none of the registrants it was tried on (saving it is allowed, but probably a mistake).
 */
public record RuleCheck(List<ExpressionProblem> problems, List<TypeResolution> resolutions, Optional<String> warning) {

    public RuleCheck {
        problems = List.copyOf(problems);
        resolutions = List.copyOf(resolutions);
        warning = warning == null ? Optional.empty() : warning;
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
