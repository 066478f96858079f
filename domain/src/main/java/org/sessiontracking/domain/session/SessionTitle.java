package org.sessiontracking.domain.session;

import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The default title of a session: "&lt;code or type name&gt; - &lt;Month YYYY&gt; - &lt;location&gt;". */
public final class SessionTitle {

    private SessionTitle() {
    }

    /** E.g. "FDS - March 2026 - Barangay 12". */
    public static String defaultFor(SessionType type, LocalDate date, String location) {
        return type.titleLabel() + " - " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear() + " - " + location.strip();
    }
}
