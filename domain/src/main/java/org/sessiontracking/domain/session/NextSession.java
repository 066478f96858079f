package org.sessiontracking.domain.session;

import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What "Copy as next session" proposes for the session after a given one: the next topic of the
 * type ({@link SessionType#topicAfter}) and the next date of the type's frequency (as a series would
 * give it); no date for a one-time type, whose next module is on a day only the user knows.
 */
public record NextSession(Optional<LocalDate> date, Optional<TopicId> topic) {

    public NextSession {
        date = Objects.requireNonNullElse(date, Optional.empty());
        topic = Objects.requireNonNullElse(topic, Optional.empty());
    }

    public static NextSession after(Session session, SessionType type) {
        if (!type.id().equals(session.typeId())) {
            throw new IllegalArgumentException("session " + session.id() + " is not of type " + type.id());
        }
        List<LocalDate> dates = SeriesSchedule.times(session.date(), 2).dates(type.details().frequency());
        Optional<LocalDate> date = dates.size() > 1 ? Optional.of(dates.get(1)) : Optional.empty();
        return new NextSession(date, type.topicAfter(session.topic()).map(Topic::id));
    }
}
