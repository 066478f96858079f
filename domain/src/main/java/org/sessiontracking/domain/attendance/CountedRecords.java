package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.session.SessionArea;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which attendance records count toward a registrant's compliance with a session type over a period
 * (product.md, "Compliance"): the registrant's records at sessions of that type, dated inside the
 * period (both ends included), whose session is not cancelled; a cancelled session counts for nobody.
 * A record of a session inside an exemption of the registrant ({@link org.sessiontracking.domain.exemption.Exemption#covers},
 * e.g. their area was under a declared emergency) counts only when Present: an Absent or Excused there
 * neither lowers the rate nor counts in the denominator, and attending anyway still counts as attended.
 * {@link Compliance} then turns the counts into attended, counted and a status. The database applies
 * the same rule in {@code R__compliance.sql} (the view {@code counted_attendance}); a persistence test
 * checks that both agree.
 *
 * <p>Missing records (enrolment): for a registrant an {@link org.sessiontracking.domain.enrolment.Enrolment}
 * expects, a held session of the type (Completed: a Scheduled or In-progress session is still to be held,
 * as the early warning's remaining sessions, whatever its date, and a cancelled one counts for nobody),
 * dated inside the period and on a day the registrant is enrolled, open to the registrant's area (a
 * session without an area is open to all; areas compare ignoring case and surrounding spaces), where the
 * registrant has no record and no exemption of theirs covers the session, is a missing record.
 * {@link Compliance#of(AttendanceCounts, int, org.sessiontracking.domain.compliance.CompliancePolicy)} counts it
 * by the type's missing-record policy.
 */
public final class CountedRecords {

    /**
     * One attendance record with what decides whether it counts.
     *
     * @param exempt whether an exemption of the registrant covers the record's session
     */
    public record AttendanceRecord(SessionTypeId type, LocalDate date, boolean cancelled, AttendanceStatus status,
                                   boolean exempt) {

        public AttendanceRecord {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(status, "status");
        }

        /** A record that no exemption covers. */
        public AttendanceRecord(SessionTypeId type, LocalDate date, boolean cancelled, AttendanceStatus status) {
            this(type, date, cancelled, status, false);
        }
    }

    /** A session as far as the missing-record rule needs it. */
    public record ExpectedSession(SessionTypeId type, LocalDate date, SessionStatus status, String area) {
        public ExpectedSession {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(status, "status");
            area = area == null ? "" : area.strip();
        }
    }

    private CountedRecords() {
    }

    /** Whether a session was held, so that an enrolled registrant's lack of a record there is a missing record. */
    public static boolean held(SessionStatus status) {
        return status == SessionStatus.COMPLETED;
    }

    /**
     * Whether the session is a missing record of a registrant of area {@code registrantArea}, for the type
     * in [from, to]. @param enrolled whether an enrolment of the type covers the registrant on the
     * session's day; @param hasRecord whether the registrant has a record there (whatever its status);
     * @param exempt whether an exemption of the registrant covers the session
     */
    public static boolean missing(ExpectedSession session, SessionTypeId type, LocalDate from, LocalDate to,
                                  String registrantArea, boolean enrolled, boolean hasRecord, boolean exempt) {
        return enrolled && !hasRecord && !exempt && held(session.status()) && session.type().equals(type)
                && !session.date().isBefore(from) && !session.date().isAfter(to)
                && SessionArea.openTo(session.area(), registrantArea);
    }

    public static boolean counts(AttendanceRecord record, SessionTypeId type, LocalDate from, LocalDate to) {
        return inScope(record, type, from, to) && (!record.exempt() || record.status() == AttendanceStatus.PRESENT);
    }

    /** Whether the record would count but for an exemption: the reason it is left out, to be shown. */
    public static boolean exempted(AttendanceRecord record, SessionTypeId type, LocalDate from, LocalDate to) {
        return inScope(record, type, from, to) && !counts(record, type, from, to);
    }

    private static boolean inScope(AttendanceRecord record, SessionTypeId type, LocalDate from, LocalDate to) {
        return !record.cancelled() && record.type().equals(type)
                && !record.date().isBefore(from) && !record.date().isAfter(to);
    }

    /** P, A and E of the records that count for the type in [from, to]. */
    public static AttendanceCounts tally(Iterable<AttendanceRecord> records, SessionTypeId type, LocalDate from,
                                         LocalDate to) {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (AttendanceRecord record : records) {
            if (counts(record, type, from, to)) {
                switch (record.status()) {
                    case PRESENT -> present++;
                    case ABSENT -> absent++;
                    case EXCUSED -> excused++;
                }
            }
        }
        return new AttendanceCounts(present, absent, excused);
    }
}
