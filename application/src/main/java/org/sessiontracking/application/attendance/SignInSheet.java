package org.sessiontracking.application.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a printed sign-in sheet of one session shows: the session as people at the venue know it, and
 * its expected roster (the registrants on its attendance sheet), sorted by name, each with the external
 * id that the sign-in sheet import reads back.
 *
 * @param facilitators the facilitator, co-facilitators and external facilitators, by name, in that order
 * @param topic        the topic covered, for types that track topics
 */
public record SignInSheet(long sessionId, String title, String typeName, LocalDate date, Optional<LocalTime> startTime,
                          Optional<LocalTime> endTime, String location, String area, List<String> facilitators,
                          Optional<String> topic, List<Line> roster) {

    public SignInSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        location = location == null ? "" : location;
        area = area == null ? "" : area;
        facilitators = List.copyOf(facilitators);
        Objects.requireNonNull(topic, "topic");
        roster = List.copyOf(roster);
    }

    /** One registrant of the roster. @param household the registrant's group (household), or empty */
    public record Line(String externalId, String name, String household) {
        public Line {
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(name, "name");
            household = household == null ? "" : household;
        }
    }
}
