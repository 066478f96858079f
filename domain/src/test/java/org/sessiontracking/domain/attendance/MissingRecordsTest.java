package org.sessiontracking.domain.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.CountedRecords.ExpectedSession;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MissingRecordsTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final SessionTypeId OTHER = new SessionTypeId(2);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 10);

    private static boolean missing(ExpectedSession session, boolean enrolled, boolean hasRecord, boolean exempt) {
        return CountedRecords.missing(session, FDS, FROM, TO, " north", enrolled, hasRecord, exempt);
    }

    @Test
    void aCompletedSessionOfTheTypeOpenToTheAreaWithoutARecordOfAnEnrolledRegistrantIsMissing() {
        ExpectedSession held = new ExpectedSession(FDS, FEB, SessionStatus.COMPLETED, "North ");

        assertThat(missing(held, true, false, false)).isTrue();
        assertThat(missing(new ExpectedSession(FDS, FEB, SessionStatus.COMPLETED, ""), true, false, false))
                .as("a session without an area is open to all").isTrue();
        assertThat(missing(held, false, false, false)).as("not enrolled that day").isFalse();
        assertThat(missing(held, true, true, false)).as("has a record").isFalse();
        assertThat(missing(held, true, false, true)).as("exempt").isFalse();
    }

    @Test
    void sessionsNotHeldOfAnotherTypeOrAreaOrOutsideThePeriodAreNotMissing() {
        assertThat(missing(new ExpectedSession(FDS, FEB, SessionStatus.SCHEDULED, ""), true, false, false))
                .as("still to be held").isFalse();
        assertThat(missing(new ExpectedSession(FDS, FEB, SessionStatus.IN_PROGRESS, ""), true, false, false))
                .as("in progress").isFalse();
        assertThat(missing(new ExpectedSession(FDS, FEB, SessionStatus.CANCELLED, ""), true, false, false))
                .as("cancelled").isFalse();
        assertThat(missing(new ExpectedSession(OTHER, FEB, SessionStatus.COMPLETED, ""), true, false, false))
                .as("another type").isFalse();
        assertThat(missing(new ExpectedSession(FDS, FEB, SessionStatus.COMPLETED, "South"), true, false, false))
                .as("another area").isFalse();
        assertThat(missing(new ExpectedSession(FDS, TO.plusDays(1), SessionStatus.COMPLETED, ""), true, false, false))
                .as("after the period").isFalse();
        assertThat(missing(new ExpectedSession(FDS, FROM.minusDays(1), SessionStatus.COMPLETED, ""), true, false,
                false)).as("before the period").isFalse();
    }

    @Test
    void underCountsAsAbsentMissingRecordsAreAbsencesAndUnderListedTheyDoNotCount() {
        AttendanceCounts fourPresent = new AttendanceCounts(4, 0, 0);
        CompliancePolicy absent = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3, MissingRecordPolicy.COUNTS_AS_ABSENT);
        CompliancePolicy listed = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3,
                MissingRecordPolicy.LISTED_AS_NO_RECORD);

        Compliance counted = Compliance.of(fourPresent, 2, absent);
        assertThat(counted.attended()).isEqualTo(4);
        assertThat(counted.counted()).isEqualTo(6);
        assertThat(counted.status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(counted.counts()).as("the records' own counts").isEqualTo(fourPresent);
        assertThat(counted.missing()).isEqualTo(2);

        Compliance shown = Compliance.of(fourPresent, 2, listed);
        assertThat(shown.counted()).isEqualTo(4);
        assertThat(shown.status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(shown.missing()).isEqualTo(2);
    }

    @Test
    void anEnrolledRegistrantWithoutAnyRecordIsNonCompliantWhenMissingCountsAsAbsentElseNoData() {
        CompliancePolicy absent = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3, MissingRecordPolicy.COUNTS_AS_ABSENT);

        assertThat(Compliance.of(AttendanceCounts.NONE, 3, absent).status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(Compliance.of(AttendanceCounts.NONE, 0, absent).status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(Compliance.of(AttendanceCounts.NONE, 3, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT)).status())
                .as("listed as No record by default").isEqualTo(ComplianceStatus.NO_DATA);
    }
}
