package org.sessiontracking.domain.user;

/** What a role may do; {@link Role} says which role holds which permission. */
public enum Permission {
    /** Read sessions, attendance, compliance, registrants and history; export them. */
    READ,
    CONFIGURE_SESSION_TYPES,
    MANAGE_USERS,
    WRITE_ELIGIBILITY_RULES,
    CREATE_SESSIONS,
    /** Edit the sessions one facilitates or co-facilitates, and record their attendance. */
    EDIT_OWN_SESSIONS,
    /** Edit every session and its attendance. */
    EDIT_ALL_SESSIONS,
    IMPORT_REGISTRANTS,
    FLAG_FOLLOW_UP,
    /** Open cases, and see and work the cases one is the case worker of. */
    WORK_OWN_CASES,
    /** See and work every case, and assign any case worker. */
    WORK_ALL_CASES,
    /** Define, close and reopen verification periods; accept or reject late corrections. */
    VERIFY_PERIODS,
    /** Exempt areas or registrants from compliance over a date range (a declared emergency), end or remove that. */
    MANAGE_EXEMPTIONS,
    /** Enrol areas, households or registrants in a session type (who is expected to attend), end or remove that. */
    MANAGE_ENROLMENTS,
    /** Create and edit graduation pathways and their criteria. */
    CONFIGURE_GRADUATION,
    /** Record the staff-assessed criteria of a graduation pathway (met / not met, with a note). */
    ASSESS_GRADUATION_CRITERIA,
    /** Graduate registrants from a pathway, and revoke a graduation. */
    GRADUATE
}
