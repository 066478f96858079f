package org.sessiontracking.domain.registrant;

/** Whether a registrant is one person or a group of people (a household). */
public enum RegistrantKind {
    INDIVIDUAL("Individual"),
    GROUP("Household / group");

    private final String label;

    RegistrantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
