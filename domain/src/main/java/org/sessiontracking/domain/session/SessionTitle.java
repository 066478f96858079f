package org.sessiontracking.domain.session;

import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The default title of a session: "&lt;code or type name&gt; - &lt;Month YYYY&gt; - &lt;location&gt;", with the
 * topic after the type when the type tracks topics ("&lt;type&gt; - &lt;topic&gt; - &lt;Month YYYY&gt; -
 * &lt;location&gt;"), so that the modules of a one-time type, or the monthly topics of an FDS, get titles
 * that tell them apart.
 */
public final class SessionTitle {

    private SessionTitle() {
    }

    /** E.g. "FDS - Nutrition - March 2026 - Barangay 12", or "MEETING - March 2026 - Barangay 12" without topics. */
    public static String defaultFor(SessionType type, Optional<TopicId> topic, LocalDate date, String location) {
        Optional<String> topicName = type.topicTracking()
                ? topic.flatMap(type::topic).map(Topic::name) : Optional.empty();
        return type.titleLabel() + topicName.map(name -> " - " + name).orElse("") + " - " + monthAndPlace(date, location);
    }

    /**
     * Whether {@code title} is the default one for these values, or the one sessions got before topics
     * were part of it ("&lt;type&gt; - &lt;Month YYYY&gt; - &lt;location&gt;"): such a session keeps following its
     * type, topic, date and location when edited, instead of holding on to a title nobody typed.
     */
    public static boolean isDefault(String title, SessionType type, Optional<TopicId> topic, LocalDate date,
                                    String location) {
        return title.equals(defaultFor(type, topic, date, location))
                || title.equals(type.titleLabel() + " - " + monthAndPlace(date, location));
    }

    private static String monthAndPlace(LocalDate date, String location) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear() + " - "
                + location.strip();
    }
}
