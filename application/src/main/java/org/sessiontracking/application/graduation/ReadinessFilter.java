package org.sessiontracking.application.graduation;

/** Which registrants of a pathway's list to show. */
public enum ReadinessFilter {
    ALL("Everyone on the list"),
    READY("Ready to graduate"),
    NOT_READY("Not ready yet"),
    GRADUATED("Graduated");

    private final String label;

    ReadinessFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
