package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.session.SessionArea;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which sessions a registrant may still attend in a period, for the early warning's {@link Outlook}: the
 * type's sessions dated inside the period that are not held yet (Scheduled or In progress), open to the
 * registrant's area (a session without an area is open to every area; areas compare ignoring case), at
 * which the registrant has no record yet (a record there already counts). The database's
 * {@code compliance_remaining} in R__compliance.sql does the same, checked by a test.
 */
public final class RemainingSessions {

    /** A session as far as this rule needs it. */
    public record Candidate(SessionTypeId type, LocalDate date, SessionStatus status, String area) {
        public Candidate {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(status, "status");
            area = area == null ? "" : area.strip();
        }
    }

    private RemainingSessions() {
    }

    public static boolean remainsFor(Candidate session, String registrantArea, boolean hasRecord,
                                     SessionTypeId type, LocalDate from, LocalDate to) {
        return !hasRecord && session.type().equals(type)
                && !session.date().isBefore(from) && !session.date().isAfter(to)
                && (session.status() == SessionStatus.SCHEDULED || session.status() == SessionStatus.IN_PROGRESS)
                && SessionArea.openTo(session.area(), registrantArea);
    }
}
