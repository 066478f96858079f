package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.SheetLine;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/** Attendance saved after a period's deadline or close needs a reason and is listed as a late correction. */
class LateCorrectionsTest {

    private final AttendanceFixture fixture = new AttendanceFixture();
    private AttendanceSession session;
    private RegistrantSummary maria;

    /** The fixture's clock says 14 March 2026. */
    private VerificationPeriod period(LocalDate deadline) {
        return VerificationPeriod.create(new VerificationPeriodId(1), new SessionTypeId(1),
                new PeriodDraft("February 2026", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), deadline));
    }

    @BeforeEach
    void setUp() {
        session = fixture.session(1, SessionPhase.OPEN);
        maria = fixture.registrants.addIndividual("R-001", "Maria Dela Cruz", null, "Barangay 12");
    }

    private SaveAttendanceUseCase.Result save(String reason) {
        return fixture.save.save(new SaveAttendanceUseCase.Command(session.id(), List.of(
                new org.sessiontracking.application.attendance.AttendanceEdit.SetStatus(maria.id(), PRESENT, reason,
                        Optional.empty()))));
    }

    @Test
    void beforeTheDeadlineAChangeIsNoLateCorrection() {
        fixture.lateCorrections.inPeriod(session.id(), period(LocalDate.of(2026, 3, 20)));
        assertThat(save("").saved()).isEqualTo(1);
        assertThat(fixture.lateCorrections.corrections()).isEmpty();
        assertThat(fixture.load.load(session.id()).session().reasonRequired()).isFalse();
    }

    @Test
    void afterTheDeadlineAChangeNeedsAReasonAndIsListed() {
        fixture.lateCorrections.inPeriod(session.id(), period(LocalDate.of(2026, 3, 5)));
        assertThat(fixture.load.load(session.id()).session().reasonRequired()).isTrue();
        assertThatThrownBy(() -> save("")).hasMessageContaining("past its data-entry deadline (2026-03-05)")
                .hasMessageContaining("give a reason for this late correction");
        assertThat(fixture.lateCorrections.corrections()).isEmpty();

        save("Paper sheet arrived late");
        assertThat(fixture.lateCorrections.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.period()).isEqualTo(new VerificationPeriodId(1));
            assertThat(correction.change().registrant()).isEqualTo(maria.id());
            assertThat(correction.change().newStatus()).contains(PRESENT);
            assertThat(correction.change().reason()).isEqualTo("Paper sheet arrived late");
        });
    }

    @Test
    void inAClosedPeriodASignInSheetWithoutReasonsIsRejectedLineByLine() {
        VerificationPeriod closed = period(LocalDate.of(2026, 3, 20));
        closed.close(AttendanceFixture.MANAGER, AttendanceFixture.NOW, 0);
        fixture.lateCorrections.inPeriod(session.id(), closed);
        var result = fixture.importSheet.importSheet(new ImportSignInSheetUseCase.Command(session.id(), List.of(
                new SheetLine(2, "R-001", "Absent", ""))));
        assertThat(result).isInstanceOfSatisfying(ImportSignInSheetUseCase.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Object::toString).containsExactly(
                        "Line 2: the session is in the verification period 'February 2026', which is closed: every "
                                + "line is a late correction and needs a reason"));

        fixture.importSheet.importSheet(new ImportSignInSheetUseCase.Command(session.id(), List.of(
                new SheetLine(2, "R-001", "Absent", "Sheet from the barangay hall"))));
        assertThat(fixture.lateCorrections.corrections()).singleElement()
                .satisfies(correction -> assertThat(correction.change().newStatus()).contains(ABSENT));
    }
}
