package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.PeriodCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.RegistrantCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance;
import org.sessiontracking.application.exemption.InMemoryExemptionRepository;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class RegistrantComplianceTest {

    /** Mid-May 2026: June and later have not begun yet. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-15T08:00:00Z"), ZoneOffset.UTC);
    private static final Period FIRST_HALF = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final InMemoryRegistrantAttendance attendance = new InMemoryRegistrantAttendance();
    private final InMemoryExemptionRepository exemptions = new InMemoryExemptionRepository();
    private final GetRegistrantCompliance compliance = new GetRegistrantCompliance(attendance, types, exemptions,
            new org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository(),
            new org.sessiontracking.application.registrant.InMemoryRegistrants(), FixedActor.signedIn(Role.VIEWER), CLOCK);
    private final RegistrantId jose = attendance.addRegistrant(7, "Jose Cruz").id();

    private SessionType type(long id, String name, Frequency frequency, int required) {
        SessionType type = aSessionType().id(id).name(name).code(null).frequency(frequency)
                .requiredAttendance(required).excusedPolicy(ExcusedPolicy.LEFT_OUT).withoutTopicTracking().build();
        types.add(type);
        return type;
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Period month(int month) {
        LocalDate first = day(month, 1);
        return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    @Test
    void aMonthlyTypeShowsEachMonthThatHasBegunWithTheComplianceOfThatMonthAlone() {
        SessionType fds = type(1, "Family Development Session", Frequency.MONTHLY, 85);
        attendance.record(jose, fds, day(1, 12), PRESENT);
        attendance.record(jose, fds, day(2, 9), ABSENT);
        attendance.recordAtCancelledSession(jose, fds, day(2, 23), PRESENT);
        attendance.record(jose, fds, day(3, 9), EXCUSED);
        attendance.record(jose, fds, day(4, 6), PRESENT);
        attendance.record(jose, fds, day(4, 20), PRESENT);

        RegistrantCompliance result = compliance.get(jose, FIRST_HALF);

        TypeCompliance perType = result.perType().getFirst();
        assertThat(perType.compliance().counts()).isEqualTo(new AttendanceCounts(3, 1, 1));
        assertThat(perType.compliance().status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(perType.perPeriod()).extracting(PeriodCompliance::period,
                        period -> period.compliance().counts(), period -> period.compliance().status())
                .containsExactly(
                        tuple(month(1), new AttendanceCounts(1, 0, 0), ComplianceStatus.COMPLIANT),
                        tuple(month(2), new AttendanceCounts(0, 1, 0), ComplianceStatus.NON_COMPLIANT),
                        tuple(month(3), new AttendanceCounts(0, 0, 1), ComplianceStatus.NO_DATA),
                        tuple(month(4), new AttendanceCounts(2, 0, 0), ComplianceStatus.COMPLIANT),
                        tuple(month(5), AttendanceCounts.NONE, ComplianceStatus.NO_DATA));
        assertThat(result.attendance()).hasSize(6);
        assertThat(attendance.attendanceReads()).as("the attendance is read once, not per month").isEqualTo(1);
    }

    @Test
    void aMonthStillToComeIsShownOnlyWhenItAlreadyHoldsRecords() {
        SessionType meeting = type(2, "Group Meeting", Frequency.BI_WEEKLY, 75);
        attendance.record(jose, meeting, day(5, 4), PRESENT);
        attendance.record(jose, meeting, day(6, 1), ABSENT);

        TypeCompliance perType = compliance.get(jose, new Period(day(4, 1), day(8, 31))).perType().getFirst();

        assertThat(perType.perPeriod()).extracting(PeriodCompliance::period)
                .containsExactly(month(4), month(5), month(6));
        assertThat(perType.perPeriod().getLast().compliance().status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
    }

    @Test
    void aQuarterlyTypeIsBrokenDownByQuarterAndAOneTimeTypeOnlyHasItsOverallCompliance() {
        SessionType review = type(3, "Quarterly Review", Frequency.QUARTERLY, 100);
        SessionType workshop = type(4, "Workshop", Frequency.ONE_TIME, 90);
        attendance.record(jose, review, day(2, 20), PRESENT);
        attendance.record(jose, review, day(4, 20), ABSENT);
        attendance.record(jose, workshop, day(3, 3), PRESENT);

        RegistrantCompliance result = compliance.get(jose, new Period(day(2, 15), day(6, 30)));

        assertThat(result.perType()).extracting(TypeCompliance::typeName).containsExactly("Quarterly Review",
                "Workshop");
        TypeCompliance quarterly = result.perType().getFirst();
        assertThat(quarterly.breakdown()).isEqualTo(Breakdown.QUARTER);
        assertThat(quarterly.perPeriod()).extracting(PeriodCompliance::period, period -> period.compliance().status())
                .containsExactly(tuple(new Period(day(2, 15), day(3, 31)), ComplianceStatus.COMPLIANT),
                        tuple(new Period(day(4, 1), day(6, 30)), ComplianceStatus.NON_COMPLIANT));
        TypeCompliance oneTime = result.perType().getLast();
        assertThat(oneTime.breakdown()).isEqualTo(Breakdown.NONE);
        assertThat(oneTime.perPeriod()).isEmpty();
        assertThat(oneTime.compliance().status()).isEqualTo(ComplianceStatus.COMPLIANT);
    }

    @Test
    void aTypeWithRecordsOnlyAtCancelledSessionsIsLeftOutButItsRecordsAreListed() {
        SessionType fds = type(1, "Family Development Session", Frequency.MONTHLY, 85);
        attendance.recordAtCancelledSession(jose, fds, day(3, 9), PRESENT);

        RegistrantCompliance result = compliance.get(jose, FIRST_HALF);

        assertThat(result.perType()).isEmpty();
        assertThat(result.attendance()).singleElement().matches(line -> line.cancelled());
    }

    @Test
    void anUnknownRegistrantIsNotFound() {
        assertThatThrownBy(() -> compliance.get(new RegistrantId(99), FIRST_HALF))
                .isInstanceOf(NotFoundException.class).hasMessage("The registrant no longer exists");
    }
}
