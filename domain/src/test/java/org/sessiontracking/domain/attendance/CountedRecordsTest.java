package org.sessiontracking.domain.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountedRecordsTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final SessionTypeId OTHER = new SessionTypeId(2);
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void onlyRecordsOfTheTypeInsideThePeriodAtSessionsNotCancelledCount() {
        List<AttendanceRecord> records = List.of(
                new AttendanceRecord(FDS, FROM, false, AttendanceStatus.PRESENT),
                new AttendanceRecord(FDS, TO, false, AttendanceStatus.ABSENT),
                new AttendanceRecord(FDS, LocalDate.of(2026, 3, 15), false, AttendanceStatus.EXCUSED),
                new AttendanceRecord(FDS, LocalDate.of(2026, 3, 16), true, AttendanceStatus.PRESENT),
                new AttendanceRecord(FDS, FROM.minusDays(1), false, AttendanceStatus.PRESENT),
                new AttendanceRecord(FDS, TO.plusDays(1), false, AttendanceStatus.PRESENT),
                new AttendanceRecord(OTHER, LocalDate.of(2026, 3, 10), false, AttendanceStatus.PRESENT));

        assertThat(CountedRecords.tally(records, FDS, FROM, TO)).isEqualTo(new AttendanceCounts(1, 1, 1));
        assertThat(CountedRecords.tally(records, OTHER, FROM, TO)).isEqualTo(new AttendanceCounts(1, 0, 0));
        assertThat(CountedRecords.counts(records.get(3), FDS, FROM, TO)).as("cancelled").isFalse();
    }

    @Test
    void anExemptRecordCountsOnlyWhenPresentSoAnAbsenceInsideAnExemptionNeitherLowersTheRateNorCounts() {
        List<AttendanceRecord> records = List.of(
                new AttendanceRecord(FDS, FROM, false, AttendanceStatus.PRESENT, false),
                new AttendanceRecord(FDS, TO, false, AttendanceStatus.ABSENT, false),
                new AttendanceRecord(FDS, LocalDate.of(2026, 3, 10), false, AttendanceStatus.ABSENT, true),
                new AttendanceRecord(FDS, LocalDate.of(2026, 3, 11), false, AttendanceStatus.EXCUSED, true),
                new AttendanceRecord(FDS, LocalDate.of(2026, 3, 12), false, AttendanceStatus.PRESENT, true));

        assertThat(CountedRecords.tally(records, FDS, FROM, TO)).isEqualTo(new AttendanceCounts(2, 1, 0));
        assertThat(records.stream().filter(record -> CountedRecords.exempted(record, FDS, FROM, TO)).count())
                .as("left out because of the exemption").isEqualTo(2);
        assertThat(CountedRecords.exempted(records.get(4), FDS, FROM, TO)).as("present anyway: counted").isFalse();
        assertThat(CountedRecords.exempted(records.get(2), FDS, FROM, LocalDate.of(2026, 3, 9)))
                .as("outside the period it is not a reason shown").isFalse();
    }
}
