package org.sessiontracking.domain.casework;

/** How far a plan item, or a whole plan, is met (see {@link PlanProgress}). */
public enum ProgressState {
    COMPLIANT("Compliant"),
    PARTIAL("Partially compliant"),
    NON_COMPLIANT("Non-compliant"),
    /** Below the compliant threshold, but nothing of it is due yet: not judged before its due date. */
    IN_PROGRESS("In progress"),
    /** A plan without items. */
    NO_ITEMS("No plan items");

    private final String label;

    ProgressState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
