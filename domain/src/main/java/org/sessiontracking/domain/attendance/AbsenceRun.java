package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many absences in a row a registrant has at the end of a period (issue 12, "Early warning"): the
 * Absent records among the {@link CountedRecords counted records} of the type in the period since the
 * last day they attended. A day attended (a Present record, or an Excused one when Excused counts as
 * present) ends the run, even with other records that day; an Excused record otherwise extends the run
 * when Excused counts as absent, and neither ends nor extends it when it is left out. A missing record
 * of an enrolled registrant ({@link CountedRecords#missing}) is an absence when the type counts missing
 * records as Absent, and neither ends nor extends the run when it lists them as No record. The
 * database's {@code compliance_absence_run} and {@code compliance_missing_run} in R__compliance.sql do
 * the same from compliance_summary and the enrolments, checked by a test.
 */
public final class AbsenceRun {

    private AbsenceRun() {
    }

    /**
     * @param missing the dates of the registrant's missing records of the type in the period (one per
     *                session, so a date may repeat); empty when the type has no enrolment
     */
    public static int of(Iterable<AttendanceRecord> records, Iterable<LocalDate> missing, SessionTypeId type,
                         LocalDate from, LocalDate to, ExcusedPolicy excusedPolicy,
                         MissingRecordPolicy missingRecordPolicy) {
        record Day(int present, int absent, int excused) {
            Day plus(AttendanceStatus status) {
                return switch (status) {
                    case PRESENT -> new Day(present + 1, absent, excused);
                    case ABSENT -> new Day(present, absent + 1, excused);
                    case EXCUSED -> new Day(present, absent, excused + 1);
                };
            }
        }
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        for (AttendanceRecord record : records) {
            if (CountedRecords.counts(record, type, from, to)) {
                days.merge(record.date(), new Day(0, 0, 0).plus(record.status()),
                        (kept, added) -> kept.plus(record.status()));
            }
        }
        if (missingRecordPolicy == MissingRecordPolicy.COUNTS_AS_ABSENT) {
            for (LocalDate date : missing) {
                days.merge(date, new Day(0, 1, 0), (kept, added) -> kept.plus(AttendanceStatus.ABSENT));
            }
        }
        int run = 0;
        for (Map.Entry<LocalDate, Day> entry : days.descendingMap().entrySet()) {
            Day day = entry.getValue();
            if (day.present() > 0 || (excusedPolicy == ExcusedPolicy.COUNTS_AS_PRESENT && day.excused() > 0)) {
                break;
            }
            run += day.absent() + (excusedPolicy == ExcusedPolicy.COUNTS_AS_ABSENT ? day.excused() : 0);
        }
        return run;
    }
}
