package org.sessiontracking.domain.verification;

/** Where a verification period stands (see {@link VerificationPeriod#state}). */
public enum PeriodState {
    /** Attendance is still being entered: changes need no more than usual. */
    OPEN("Open"),
    /** The data-entry deadline has passed and the period was never closed: changes are late corrections. */
    PAST_DEADLINE("Past deadline"),
    /** Its compliance list is frozen: changes are late corrections, accepted only after a reopening. */
    CLOSED("Closed"),
    /** Closed before and opened again to take in accepted late corrections; closing it again makes a new version. */
    REOPENED("Reopened");

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a change to the period's attendance now is a late correction (needs a reason, is listed). */
    public boolean takesOnlyLateCorrections() {
        return this != OPEN;
    }
}
