package org.sessiontracking.application.eligibility;

/** A call of an attendance function in a rule, with its (literal) arguments and its position. */
public record TypeReference(AttendanceFunction function, FactKey key, String typeNameAsWritten, int line,
                            int column) {
}
