package org.sessiontracking.domain.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class AbsenceRunTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final SessionTypeId OTHER = new SessionTypeId(2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final List<AttendanceRecord> records = new ArrayList<>();

    private void on(String date, AttendanceStatus status) {
        records.add(new AttendanceRecord(FDS, LocalDate.parse(date), false, status));
    }

    private int run(ExcusedPolicy policy) {
        return AbsenceRun.of(records, List.of(), FDS, FROM, TO, policy, MissingRecordPolicy.COUNTS_AS_ABSENT);
    }

    @Test
    void countsTheAbsencesSinceTheLastDayAttended() {
        on("2026-01-10", ABSENT);
        on("2026-02-10", PRESENT);
        on("2026-03-10", ABSENT);
        on("2026-04-10", ABSENT);
        assertThat(run(ExcusedPolicy.LEFT_OUT)).isEqualTo(2);
        on("2026-05-10", PRESENT);
        assertThat(run(ExcusedPolicy.LEFT_OUT)).isZero();
    }

    @Test
    void anExcusedRecordExtendsEndsOrLeavesTheRunByTheExcusedPolicy() {
        on("2026-01-10", PRESENT);
        on("2026-02-10", ABSENT);
        on("2026-03-10", EXCUSED);
        on("2026-04-10", ABSENT);
        assertThat(run(ExcusedPolicy.LEFT_OUT)).isEqualTo(2);
        assertThat(run(ExcusedPolicy.COUNTS_AS_ABSENT)).isEqualTo(3);
        assertThat(run(ExcusedPolicy.COUNTS_AS_PRESENT)).isEqualTo(1);
    }

    @Test
    void aDayAttendedEndsTheRunEvenWithAnAbsenceThatDayAndOnlyCountedRecordsOfThePeriodCount() {
        on("2026-03-10", ABSENT);
        on("2026-04-10", ABSENT);
        on("2026-04-10", PRESENT);
        on("2026-05-10", ABSENT);
        records.add(new AttendanceRecord(FDS, LocalDate.parse("2026-06-10"), true, ABSENT));  // cancelled
        records.add(new AttendanceRecord(OTHER, LocalDate.parse("2026-06-11"), false, ABSENT)); // another type
        records.add(new AttendanceRecord(FDS, LocalDate.parse("2027-01-10"), false, ABSENT));  // after the period
        assertThat(run(ExcusedPolicy.LEFT_OUT)).isEqualTo(1);
        assertThat(AbsenceRun.of(records, List.of(), FDS, FROM, LocalDate.of(2026, 4, 9), ExcusedPolicy.LEFT_OUT,
                MissingRecordPolicy.LISTED_AS_NO_RECORD)).isEqualTo(1);
        assertThat(AbsenceRun.of(List.of(), List.of(), FDS, FROM, TO, ExcusedPolicy.LEFT_OUT,
                MissingRecordPolicy.COUNTS_AS_ABSENT)).isZero();
    }

    @Test
    void aMissingRecordIsAnAbsenceWhenMissingRecordsCountAsAbsentAndLeavesTheRunWhenListedAsNoRecord() {
        on("2026-02-10", PRESENT);
        on("2026-03-10", ABSENT);
        List<LocalDate> missing = List.of(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-04-10"),
                LocalDate.parse("2026-04-10"), LocalDate.parse("2026-05-10"));
        assertThat(AbsenceRun.of(records, missing, FDS, FROM, TO, ExcusedPolicy.LEFT_OUT,
                MissingRecordPolicy.COUNTS_AS_ABSENT)).as("March's absence and the three missing since").isEqualTo(4);
        assertThat(AbsenceRun.of(records, missing, FDS, FROM, TO, ExcusedPolicy.LEFT_OUT,
                MissingRecordPolicy.LISTED_AS_NO_RECORD)).isEqualTo(1);
        on("2026-04-10", PRESENT);
        assertThat(AbsenceRun.of(records, missing, FDS, FROM, TO, ExcusedPolicy.LEFT_OUT,
                MissingRecordPolicy.COUNTS_AS_ABSENT)).as("a day attended ends the run, missing records that day too")
                .isEqualTo(1);
        assertThat(AbsenceRun.of(List.of(), missing, FDS, FROM, TO, ExcusedPolicy.COUNTS_AS_PRESENT,
                MissingRecordPolicy.COUNTS_AS_ABSENT)).as("never recorded").isEqualTo(4);
    }
}
