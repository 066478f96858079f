package org.sessiontracking.application.graduation;

/** Which registrants of a pathway's list to show. */
public enum ReadinessFilter {
    ALL("Everyone on the list"),
    READY("Ready, not graduated"),
    NOT_READY("Not ready, not graduated"),
    GRADUATED("Graduated");

    private final String label;

    ReadinessFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
