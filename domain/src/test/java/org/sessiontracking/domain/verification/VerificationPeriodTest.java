package org.sessiontracking.domain.verification;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationPeriodTest {

    private static final Actor MANAGER = new Actor(new UserId(2), "Programme Manager", Role.MANAGER);
    private static final Instant AT = Instant.parse("2026-04-06T09:00:00Z");
    private static final PeriodDraft MARCH = new PeriodDraft("March 2026", LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 5));

    private VerificationPeriod march() {
        return VerificationPeriod.create(new VerificationPeriodId(1), new SessionTypeId(3), MARCH);
    }

    @Test
    void isOpenUntilItsDeadlineThenPastDeadline() {
        VerificationPeriod period = march();
        assertThat(period.state(LocalDate.of(2026, 4, 5))).isEqualTo(PeriodState.OPEN);
        assertThat(period.state(LocalDate.of(2026, 4, 6))).isEqualTo(PeriodState.PAST_DEADLINE);
        assertThat(period.lateBecause(LocalDate.of(2026, 4, 5))).isEmpty();
        assertThat(period.lateBecause(LocalDate.of(2026, 4, 6))).get().asString().contains("past its data-entry deadline");
    }

    @Test
    void closingFreezesVersionOneWithWhoAndWhenAndTheStateIsClosedWhateverTheDate() {
        VerificationPeriod period = march();
        PeriodEvent closed = period.close(MANAGER, AT, 0);
        assertThat(closed.version()).isEqualTo(1);
        assertThat(closed.byName()).isEqualTo("Programme Manager");
        assertThat(closed.at()).isEqualTo(AT);
        assertThat(period.state(LocalDate.of(2026, 3, 15))).isEqualTo(PeriodState.CLOSED);
        assertThat(period.latestVersion()).contains(1);
        assertThat(period.lateBecause(LocalDate.of(2026, 3, 15))).get().asString().contains("which is closed");
    }

    @Test
    void aClosedPeriodIsNotClosedAgainUntilReopened() {
        VerificationPeriod period = march();
        period.close(MANAGER, AT, 0);
        assertThatThrownBy(() -> period.close(MANAGER, AT, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("already closed (version 1)");
    }

    @Test
    void reopeningNeedsAReasonAndClosingAgainMakesTheNextVersionKeepingTheEarlierOnes() {
        VerificationPeriod period = march();
        period.close(MANAGER, AT, 0);
        assertThatThrownBy(() -> period.reopen(MANAGER, AT, "  ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("reason for reopening");
        period.reopen(MANAGER, AT.plusSeconds(60), "Late sheets from Barangay 4");
        assertThat(period.state(LocalDate.of(2026, 5, 1))).isEqualTo(PeriodState.REOPENED);
        PeriodEvent again = period.close(MANAGER, AT.plusSeconds(120), 0);
        assertThat(again.version()).isEqualTo(2);
        assertThat(period.events()).extracting(PeriodEvent::kind, PeriodEvent::version).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PeriodEvent.Kind.CLOSED, 1),
                org.assertj.core.groups.Tuple.tuple(PeriodEvent.Kind.REOPENED, 1),
                org.assertj.core.groups.Tuple.tuple(PeriodEvent.Kind.CLOSED, 2));
    }

    @Test
    void onlyAClosedPeriodIsReopened() {
        assertThatThrownBy(() -> march().reopen(MANAGER, AT, "why")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void closingWaitsForPendingLateCorrectionsToBeDecided() {
        assertThatThrownBy(() -> march().close(MANAGER, AT, 2)).isInstanceOf(DomainException.class)
                .hasMessageContaining("2 late correction(s) waiting for a decision");
    }

    @Test
    void newEventsAreThoseSinceLoading() {
        VerificationPeriod loaded = VerificationPeriod.reconstitute(new VerificationPeriodId(1), new SessionTypeId(3),
                MARCH, List.of(new PeriodEvent(PeriodEvent.Kind.CLOSED, 1, MANAGER.id(), "M", AT, "")), new Version(1));
        loaded.reopen(MANAGER, AT, "Correction");
        assertThat(loaded.newEvents()).extracting(PeriodEvent::kind).containsExactly(PeriodEvent.Kind.REOPENED);
    }

    @Test
    void aDeadlineBeforeThePeriodEndsIsRefusedNamingBothDays() {
        assertThatThrownBy(() -> new PeriodDraft("March", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 3, 30))).isInstanceOf(DomainException.class)
                .hasMessageContaining("2026-03-30").hasMessageContaining("2026-03-31");
    }

    @Test
    void periodsOfATypeMustNotOverlap() {
        PeriodDraft lateMarch = new PeriodDraft("Second half of March", LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 20));
        assertThatThrownBy(() -> PeriodCalendar.requireNoOverlap(List.of(MARCH), List.of(lateMarch)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("overlaps the period 'March 2026'").hasMessageContaining("must not overlap");
        PeriodDraft april = new PeriodDraft("April 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 5));
        PeriodCalendar.requireNoOverlap(List.of(MARCH), List.of(april));
    }

    @Test
    void aYearOfBimonthlyPeriodsHasSixNamedPeriodsEndToEnd() {
        List<PeriodDraft> year = PeriodCalendar.year(2026, 2, 7);
        assertThat(year).hasSize(6);
        assertThat(year.getFirst().name()).isEqualTo("January-February 2026");
        assertThat(year.getFirst().to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(year.getFirst().deadline()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(year.getLast().to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PeriodCalendar.year(2026, 1, 5)).extracting(PeriodDraft::name).startsWith("January 2026", "February 2026");
        assertThatThrownBy(() -> PeriodCalendar.year(2026, 5, 5)).hasMessageContaining("1, 2 or 3 months");
    }

    private static LateCorrection correction(VerificationPeriodId period) {
        return LateCorrection.of(new LateCorrectionId(9), period, new AttendanceChange(new SessionId(4),
                new RegistrantId(5), Optional.of(AttendanceStatus.ABSENT), Optional.of(AttendanceStatus.PRESENT),
                "Sheet found", new UserId(7), AT));
    }

    @Test
    void aLateCorrectionIsAcceptedOnlyIntoAPeriodThatIsNotClosed() {
        VerificationPeriod period = march();
        period.close(MANAGER, AT, 0);
        LateCorrection correction = correction(period.id());
        assertThatThrownBy(() -> correction.accept(period, MANAGER, AT, "")).isInstanceOf(DomainException.class)
                .hasMessageContaining("reopen it");
        period.reopen(MANAGER, AT, "Sheets");
        correction.accept(period, MANAGER, AT, "");
        assertThat(correction.state()).isEqualTo(CorrectionState.ACCEPTED);
        assertThatThrownBy(() -> correction.reject(MANAGER, AT, "no")).hasMessageContaining("already accepted");
    }

    @Test
    void rejectingNeedsAReasonAndKeepsTheCorrectionListedAsRejected() {
        LateCorrection correction = correction(march().id());
        assertThatThrownBy(() -> correction.reject(MANAGER, AT, "")).hasMessageContaining("reason for rejecting");
        correction.reject(MANAGER, AT, "The sheet is of another session");
        assertThat(correction.state()).isEqualTo(CorrectionState.REJECTED);
        assertThat(correction.decision()).get().extracting(LateCorrection.Decision::note)
                .isEqualTo("The sheet is of another session");
    }

    @Test
    void aLateCorrectionAlwaysHasAReason() {
        assertThatThrownBy(() -> LateCorrection.of(new LateCorrectionId(1), new VerificationPeriodId(1),
                new AttendanceChange(new SessionId(4), new RegistrantId(5), Optional.empty(),
                        Optional.of(AttendanceStatus.PRESENT), "", new UserId(7), AT)))
                .hasMessageContaining("needs a reason");
    }
}
