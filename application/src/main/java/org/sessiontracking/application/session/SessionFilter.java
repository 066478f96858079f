package org.sessiontracking.application.session;

import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions to list.
 *
 * @param type             only sessions of this type
 * @param from             only sessions on or after this date
 * @param to               only sessions on or before this date
 * @param locationContains part of the location, ignoring case; blank for all
 * @param status           only sessions with this status
 * @param involving        only sessions this user facilitates or co-facilitates ("My sessions")
 * @param facilitatorContains part of the name, ignoring case, of anyone who runs the session (the
 *                            facilitator, a co-facilitator or an external facilitator); blank for all
 */
public record SessionFilter(Optional<SessionTypeId> type, Optional<LocalDate> from, Optional<LocalDate> to,
                            String locationContains, Optional<SessionStatus> status, Optional<UserId> involving,
                            String facilitatorContains) {

    public static final SessionFilter ALL = new SessionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            "", Optional.empty(), Optional.empty(), "");

    public SessionFilter {
        type = Objects.requireNonNullElse(type, Optional.empty());
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        locationContains = locationContains == null ? "" : locationContains.strip();
        status = Objects.requireNonNullElse(status, Optional.empty());
        involving = Objects.requireNonNullElse(involving, Optional.empty());
        facilitatorContains = facilitatorContains == null ? "" : facilitatorContains.strip();
    }

    public SessionFilter withType(SessionTypeId value) {
        return new SessionFilter(Optional.ofNullable(value), from, to, locationContains, status, involving,
                facilitatorContains);
    }

    public SessionFilter withPeriod(LocalDate fromDate, LocalDate toDate) {
        return new SessionFilter(type, Optional.ofNullable(fromDate), Optional.ofNullable(toDate), locationContains,
                status, involving, facilitatorContains);
    }

    public SessionFilter withLocationContaining(String value) {
        return new SessionFilter(type, from, to, value, status, involving, facilitatorContains);
    }

    public SessionFilter withStatus(SessionStatus value) {
        return new SessionFilter(type, from, to, locationContains, Optional.ofNullable(value), involving,
                facilitatorContains);
    }

    public SessionFilter involving(UserId user) {
        return new SessionFilter(type, from, to, locationContains, status, Optional.ofNullable(user),
                facilitatorContains);
    }

    public SessionFilter withFacilitatorContaining(String value) {
        return new SessionFilter(type, from, to, locationContains, status, involving, value);
    }

    /**
     * The properties a list of sessions can be sorted by. The number of attendance records is left
     * out on purpose: sorting by it would count the records of every session for each page.
     */
    public enum SortProperty {
        title, type, date, location, facilitator, topic, status
    }
}
