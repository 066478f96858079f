package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.Component;

/**
 * A tab that another feature adds to the session page, after "Details" (for example the
 * Attendance tab). Declare an implementation as a Spring bean in the feature's wiring; the session
 * page asks every bean for its tab each time it shows a stored session (never for a new one).
 */
public interface SessionTabProvider {

    /** The tab's label, e.g. "Attendance". */
    String label();

    /** Where the tab goes: tabs follow "Details" in ascending order. */
    default int order() {
        return 100;
    }

    /**
     * The tab's content for one stored session. Called again after the session's status changed,
     * so the content can follow it (a cancelled session takes no attendance). Null: no tab (e.g. for a
     * role that may not see what the tab shows).
     */
    Component create(SessionTabContext session);
}
