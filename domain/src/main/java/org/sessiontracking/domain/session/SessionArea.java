package org.sessiontracking.domain.session;

/**
 * Whom a session's area is open to, for every rule that asks (the sessions still to come of the early
 * warning, the missing records of enrolment, the expected roster): a session without an area is open to
 * every area; otherwise to its own, the areas compared ignoring case and surrounding spaces. The same in
 * SQL: {@code session_open_to} in R__compliance.sql.
 */
public final class SessionArea {

    private SessionArea() {
    }

    public static boolean openTo(String sessionArea, String registrantArea) {
        String area = sessionArea == null ? "" : sessionArea.strip();
        return area.isEmpty() || area.equalsIgnoreCase(registrantArea == null ? "" : registrantArea.strip());
    }
}
