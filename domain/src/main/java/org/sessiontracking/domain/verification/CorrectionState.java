package org.sessiontracking.domain.verification;

public enum CorrectionState {
    PENDING("Waiting for a decision"), ACCEPTED("Accepted"), REJECTED("Rejected");

    private final String label;

    CorrectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
