package org.sessiontracking.domain.casework;

/** A case is worked while open; closing it (with a note) is final: a new case is opened instead of reopening. */
public enum CaseStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
