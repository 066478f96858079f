package org.sessiontracking.domain.sessiontype;

/** How an Excused attendance record counts in compliance (product.md, "Compliance"). */
public enum ExcusedPolicy {
    /** attended = P, counted = P + A: an excused absence neither helps nor hurts. The default. */
    LEFT_OUT("Left out of the calculation"),
    /** attended = P + E, counted = P + A + E. */
    COUNTS_AS_PRESENT("Counts as present"),
    /** attended = P, counted = P + A + E. */
    COUNTS_AS_ABSENT("Counts as absent");

    private final String label;

    ExcusedPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
