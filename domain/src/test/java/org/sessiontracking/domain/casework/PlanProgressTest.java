package org.sessiontracking.domain.casework;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSession;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSessionsOfType;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class PlanProgressTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final SessionTypeId TRAINING = new SessionTypeId(2);
    private static final LocalDate OPENED = LocalDate.of(2026, 1, 10);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    private final Case plan = Case.open(new CaseId(7), new RegistrantId(3), new UserId(4), Optional.empty(),
            new UserId(4), OPENED);
    private final List<PlanProgress.Attendance> attendance = new ArrayList<>();
    private Map<SessionTypeId, CompliancePolicy> policies = Map.of(
            FDS, new CompliancePolicy(85, ExcusedPolicy.LEFT_OUT), TRAINING, new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT));
    private long sessions;

    private SessionId record(SessionTypeId type, LocalDate date, AttendanceStatus status) {
        return record(type, date, false, status);
    }

    private SessionId record(SessionTypeId type, LocalDate date, boolean cancelled, AttendanceStatus status) {
        SessionId session = new SessionId(++sessions);
        attendance.add(new PlanProgress.Attendance(session, new AttendanceRecord(type, date, cancelled, status)));
        return session;
    }

    private PlanProgress progressOn(LocalDate today) {
        return PlanProgress.of(plan, attendance, policies, today);
    }

    @Test
    void anItemOnATypeCountsTheAttendedSessionsOfThatTypeFromTheOpeningToTheDueDate() {
        plan.addItem(new AttendSessionsOfType(FDS, 4), Optional.empty(), JUNE);
        record(FDS, OPENED.minusDays(1), PRESENT);            // before the case: not counted
        record(FDS, OPENED, PRESENT);
        record(FDS, LocalDate.of(2026, 3, 5), PRESENT);
        record(FDS, LocalDate.of(2026, 4, 5), ABSENT);
        record(TRAINING, LocalDate.of(2026, 4, 6), PRESENT); // another type
        record(FDS, JUNE, PRESENT);
        record(FDS, JUNE.plusDays(1), PRESENT);               // after the due date

        PlanProgress.ItemProgress item = progressOn(LocalDate.of(2026, 5, 1)).items().getFirst();

        assertThat(item.attended()).isEqualTo(3);
        assertThat(item.required()).isEqualTo(4);
        assertThat(item.ratio()).isEqualTo(0.75);
    }

    @Test
    void anItemsOwnStartDateReplacesTheOpeningOfTheCase() {
        plan.addItem(new AttendSessionsOfType(FDS, 2), Optional.of(LocalDate.of(2026, 3, 1)), JUNE);
        record(FDS, LocalDate.of(2026, 2, 5), PRESENT);
        record(FDS, LocalDate.of(2026, 3, 1), PRESENT);

        assertThat(progressOn(OPENED).items().getFirst().attended()).isEqualTo(1);
    }

    @Test
    void cancelledSessionsCountForNobody() {
        plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), JUNE);
        SessionId cancelled = record(FDS, LocalDate.of(2026, 2, 5), true, PRESENT);
        plan.addItem(new AttendSession(cancelled), Optional.empty(), JUNE);

        assertThat(progressOn(OPENED).items()).extracting(PlanProgress.ItemProgress::attended).containsExactly(0, 0);
    }

    @Test
    void excusedCountsAsAttendedOnlyWhereTheTypeCountsItAsPresent() {
        plan.addItem(new AttendSessionsOfType(FDS, 2), Optional.empty(), JUNE);
        record(FDS, LocalDate.of(2026, 2, 5), PRESENT);
        SessionId excused = record(FDS, LocalDate.of(2026, 3, 5), EXCUSED);
        plan.addItem(new AttendSession(excused), Optional.empty(), JUNE);

        assertThat(progressOn(OPENED).items()).extracting(PlanProgress.ItemProgress::attended).containsExactly(1, 0);

        policies = Map.of(FDS, new CompliancePolicy(85, ExcusedPolicy.COUNTS_AS_PRESENT));
        assertThat(progressOn(OPENED).items()).extracting(PlanProgress.ItemProgress::attended).containsExactly(2, 1);

        policies = Map.of(FDS, new CompliancePolicy(85, ExcusedPolicy.COUNTS_AS_ABSENT));
        assertThat(progressOn(OPENED).items()).extracting(PlanProgress.ItemProgress::attended).containsExactly(1, 0);
    }

    @Test
    void anItemOnOneSessionIsMetByBeingPresentThereAndByNoOtherSession() {
        SessionId wanted = record(TRAINING, LocalDate.of(2026, 2, 1), ABSENT);
        record(TRAINING, LocalDate.of(2026, 2, 1), PRESENT);
        plan.addItem(new AttendSession(wanted), Optional.empty(), JUNE);

        assertThat(progressOn(OPENED).items().getFirst().attended()).isZero();

        SessionId attended = record(TRAINING, LocalDate.of(2026, 2, 8), PRESENT);
        plan.editItem(1, new AttendSession(attended), Optional.empty(), JUNE);
        PlanProgress progress = progressOn(OPENED);
        assertThat(progress.items().getFirst().attended()).isEqualTo(1);
        assertThat(progress.items().getFirst().state()).isEqualTo(ProgressState.COMPLIANT);
    }

    @Test
    void attendingMoreThanRequiredCapsTheRatioAtOne() {
        plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), JUNE);
        plan.addItem(new AttendSessionsOfType(TRAINING, 1), Optional.empty(), JUNE);
        record(FDS, LocalDate.of(2026, 2, 5), PRESENT);
        record(FDS, LocalDate.of(2026, 3, 5), PRESENT);

        PlanProgress progress = progressOn(JUNE.plusDays(1));

        assertThat(progress.items().getFirst().attended()).isEqualTo(2);
        assertThat(progress.items().getFirst().ratio()).isEqualTo(1.0);
        assertThat(progress.met()).isEqualTo(1);
        assertThat(progress.required()).isEqualTo(2);
        assertThat(progress.ratio()).hasValue(0.5);
    }

    @Test
    void anItemIsOverdueTheDayAfterItsDueDateUnlessItIsMet() {
        plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), JUNE);
        plan.addItem(new AttendSessionsOfType(TRAINING, 1), Optional.empty(), JUNE);
        record(FDS, LocalDate.of(2026, 2, 5), PRESENT);

        assertThat(progressOn(JUNE).items()).extracting(PlanProgress.ItemProgress::overdue).containsExactly(false, false);
        assertThat(progressOn(JUNE).overdue()).isZero();
        PlanProgress late = progressOn(JUNE.plusDays(1));
        assertThat(late.items()).extracting(PlanProgress.ItemProgress::overdue).containsExactly(false, true);
        assertThat(late.overdue()).isEqualTo(1);
    }

    @Test
    void statesFollowThePlansThresholdsExactlyAndWaitForTheDueDate() {
        plan.addItem(new AttendSessionsOfType(FDS, 5), Optional.empty(), JUNE);
        record(FDS, LocalDate.of(2026, 2, 1), PRESENT);
        record(FDS, LocalDate.of(2026, 3, 1), PRESENT);
        record(FDS, LocalDate.of(2026, 4, 1), PRESENT);

        assertThat(progressOn(JUNE).state()).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(progressOn(JUNE.plusDays(1)).items().getFirst().state()).isEqualTo(ProgressState.PARTIAL); // 60%

        record(FDS, LocalDate.of(2026, 5, 1), PRESENT);
        assertThat(progressOn(JUNE.plusDays(1)).state()).isEqualTo(ProgressState.COMPLIANT);                // 4 of 5 is 80%

        plan.changeThresholds(new PlanThresholds(100, 90));
        assertThat(progressOn(JUNE.plusDays(1)).state()).isEqualTo(ProgressState.NON_COMPLIANT);             // 80% < 90%
        plan.changeThresholds(new PlanThresholds(100, 80));
        assertThat(progressOn(JUNE.plusDays(1)).state()).isEqualTo(ProgressState.PARTIAL);
    }

    @Test
    void thePlanIsJudgedOnAllItemsOnceOneIsOverdue() {
        plan.addItem(new AttendSessionsOfType(FDS, 2), Optional.empty(), LocalDate.of(2026, 3, 31));
        plan.addItem(new AttendSessionsOfType(TRAINING, 2), Optional.empty(), JUNE);
        record(FDS, LocalDate.of(2026, 2, 1), PRESENT);

        assertThat(progressOn(LocalDate.of(2026, 3, 31)).state()).isEqualTo(ProgressState.IN_PROGRESS);
        PlanProgress april = progressOn(LocalDate.of(2026, 4, 1));
        assertThat(april.items()).extracting(PlanProgress.ItemProgress::state)
                .containsExactly(ProgressState.PARTIAL, ProgressState.IN_PROGRESS);
        assertThat(april.state()).isEqualTo(ProgressState.NON_COMPLIANT);  // 1 of 4 = 25%
    }

    @Test
    void aPlanWithoutItemsHasNoRatio() {
        PlanProgress progress = progressOn(OPENED);
        assertThat(progress.state()).isEqualTo(ProgressState.NO_ITEMS);
        assertThat(progress.ratio()).isEmpty();
    }

    @Test
    void aTypeWithoutAPolicyIsAProgrammingError() {
        plan.addItem(new AttendSessionsOfType(new SessionTypeId(99), 1), Optional.empty(), JUNE);
        assertThatThrownBy(() -> progressOn(OPENED)).isInstanceOf(IllegalArgumentException.class);
    }
}
