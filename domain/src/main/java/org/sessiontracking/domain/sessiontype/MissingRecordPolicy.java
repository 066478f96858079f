package org.sessiontracking.domain.sessiontype;

/**
 * How a held session counts for an enrolled registrant who has no record there (a "missing record",
 * {@link org.sessiontracking.domain.attendance.CountedRecords#missing}).
 */
public enum MissingRecordPolicy {
    /** The session counts as an Absent: it lowers the rate and counts in the denominator. */
    COUNTS_AS_ABSENT("Count as Absent", "Enrolled registrants without a record at a held session count as Absent"),
    /** The session does not count; the compliance list shows how many, for follow-up. The default. */
    LISTED_AS_NO_RECORD("List as No record",
            "Enrolled registrants without a record at a held session are listed as No record (not counted)");

    private final String label;
    private final String explanation;

    MissingRecordPolicy(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What it means, in one sentence for the compliance screen. */
    public String explanation() {
        return explanation;
    }
}
