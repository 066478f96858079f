package org.sessiontracking.application.eligibility;

/** What is wrong in a rule's expression, and where: line and column both start at 1. */
public record ExpressionProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
