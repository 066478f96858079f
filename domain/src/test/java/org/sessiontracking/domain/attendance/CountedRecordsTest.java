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
}
