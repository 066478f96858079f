package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
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

    private CountedRecords() {
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
