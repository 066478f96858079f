package org.sessiontracking.domain.sessiontype;

/** How often sessions of a type occur (user guide, "Frequency options"). */
public enum Frequency {
    WEEKLY("Weekly", "Once per week"),
    BI_WEEKLY("Bi-weekly", "Every two weeks"),
    MONTHLY("Monthly", "Once per month"),
    QUARTERLY("Quarterly", "Every three months"),
    ONE_TIME("One-time", "Single session, no recurrence");

    private final String label;
    private final String meaning;

    Frequency(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
