package org.sessiontracking.domain.registrant;

/** A registrant's sex as the social registry records it; unknown is an empty {@code Optional<Sex>}. */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
