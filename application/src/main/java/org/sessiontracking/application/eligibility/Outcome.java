package org.sessiontracking.application.eligibility;

/** The result of a rule for one registrant: pass, fail, or an error that is neither. */
public sealed interface Outcome {

    record Pass() implements Outcome {
    }

    record Fail() implements Outcome {
    }

    /** The rule could not be evaluated for this registrant, e.g. attendance_rate with no data. */
    record Error(String message) implements Outcome {
    }

    Outcome PASS = new Pass();
    Outcome FAIL = new Fail();

    static Outcome of(boolean passed) {
        return passed ? PASS : FAIL;
    }

    enum Kind { PASS, FAIL, ERROR }

    default Kind kind() {
        return switch (this) {
            case Pass p -> Kind.PASS;
            case Fail f -> Kind.FAIL;
            case Error e -> Kind.ERROR;
        };
    }
}
