package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.common.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** A rule's expression does not check; the problems say where and why. */
public class InvalidExpressionException extends DomainException {

    private final List<ExpressionProblem> problems;

    public InvalidExpressionException(List<ExpressionProblem> problems) {
        super("expression", "The rule has " + (problems.size() == 1 ? "an error" : problems.size() + " errors") + ": "
                + problems.stream().map(ExpressionProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ExpressionProblem> problems() {
        return problems;
    }
}
