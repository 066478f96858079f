package org.sessiontracking.domain.compliance;

/** Why a registrant was flagged from the compliance list. */
public enum FlagKind {
    /** Someone should follow up with the registrant (a visit, a call). */
    FOLLOW_UP("Follow-up"),
    /** The registrant is excluded from a benefit (named in the note). */
    EXCLUDED("Excluded from benefit");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
