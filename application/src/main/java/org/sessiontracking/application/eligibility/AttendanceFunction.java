package org.sessiontracking.application.eligibility;

/**
 * The functions a rule may call over the registrant being evaluated; each takes a session type name
 * (or code) and optionally a period as two ISO dates (default: the last 12 months).
 */
public enum AttendanceFunction {
    /** attended / counted between 0.0 and 1.0; an error when nothing was counted. */
    ATTENDANCE_RATE("attendance_rate", false),
    /** attended sessions (by the type's excused policy). */
    ATTENDED("attended", false),
    /** counted sessions (by the type's excused policy). */
    COUNTED("counted", false),
    /** true when Compliant or Not required, false when Non-compliant; an error when there is no data. */
    COMPLIANT("compliant", false),
    /** how many of the type's active topics the registrant covered; the type must track topics. */
    TOPICS_COVERED("topics_covered", true),
    /** whether all of the type's active topics are covered; the type must track topics. */
    TOPICS_COMPLETED("topics_completed", true),
    /**
     * whether the registrant's household (the registrant itself when it is a household) complies, by the
     * type's household rule: true when Compliant or Not required, false when Non-compliant; an error when
     * there is no data or the registrant belongs to no household.
     */
    HOUSEHOLD_COMPLIANT("household_compliant", false);

    private final String celName;
    private final boolean needsTopics;

    AttendanceFunction(String celName, boolean needsTopics) {
        this.celName = celName;
        this.needsTopics = needsTopics;
    }

    public String celName() {
        return celName;
    }

    public boolean needsTopics() {
        return needsTopics;
    }
}
