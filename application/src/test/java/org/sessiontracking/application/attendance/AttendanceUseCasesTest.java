package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase.Selection;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.SheetLine;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.SessionId;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.application.attendance.AttendanceFixture.FACILITATOR;
import static org.sessiontracking.application.attendance.AttendanceFixture.MANAGER;
import static org.sessiontracking.application.attendance.AttendanceFixture.OTHER_STAFF;
import static org.sessiontracking.application.attendance.AttendanceFixture.VIEWER;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class AttendanceUseCasesTest {

    private final AttendanceFixture fixture = new AttendanceFixture();
    private SessionId session;
    private RegistrantSummary household;
    private RegistrantSummary maria;
    private RegistrantSummary jose;
    private RegistrantSummary ana;

    @BeforeEach
    void setUp() {
        session = fixture.session(1, SessionPhase.OPEN).id();
        household = fixture.registrants.addGroup("H-1", "Dela Cruz household", "Barangay 12");
        maria = fixture.registrants.addIndividual("R-001", "Maria Dela Cruz", household, "Barangay 12");
        jose = fixture.registrants.addIndividual("R-002", "Jose Dela Cruz", household, "Barangay 12");
        ana = fixture.registrants.addIndividual("R-003", "Ana Santos", null, "Barangay 7");
    }

    private AddRegistrantsUseCase.Result add(Selection selection, AttendanceStatus status) {
        return fixture.add.add(new AddRegistrantsUseCase.Command(session, selection, status, ""));
    }

    private AttendanceRowAssert row(RegistrantSummary who) {
        return new AttendanceRowAssert(fixture.load.load(session).rows().stream()
                .filter(row -> row.registrant().equals(who)).findFirst());
    }

    private record AttendanceRowAssert(Optional<AttendanceRow> row) {
        AttendanceRow get() {
            return row.orElseThrow();
        }
    }

    @Test
    void addsAWholeGroupAsPresentAndDoesNotAddAnyoneTwice() {
        add(new Selection.Chosen(List.of(maria.id())), ABSENT);

        AddRegistrantsUseCase.Result result = add(new Selection.Group(household.id()), null);

        assertThat(result.added()).extracting(row -> row.registrant().name()).containsExactly("Jose Dela Cruz");
        assertThat(result.added().getFirst().status()).isEqualTo(PRESENT);
        assertThat(result.alreadyOnSession()).isEqualTo(1);
        assertThat(fixture.load.load(session).rows()).extracting(row -> row.registrant().name(), AttendanceRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jose Dela Cruz", PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Maria Dela Cruz", ABSENT));
    }

    @Test
    void addsAWholeAreaWithTheRecorderAndTimeShown() {
        add(new Selection.Area("barangay 12"), EXCUSED);
        var view = fixture.load.load(session);
        assertThat(view.rows()).extracting(row -> row.registrant().externalId()).containsExactly("R-002", "R-001");
        assertThat(view.rows()).allSatisfy(row -> {
            assertThat(row.recordedBy()).isEqualTo("Field Officer");
            assertThat(row.recordedAt()).isEqualTo(AttendanceFixture.NOW);
        });
        assertThat(view.counts().excused()).isEqualTo(2);
    }

    @Test
    void addsTheSessionsExpectedRegistrantsFromItsEnrolmentsAndSaysWhenNobodyIsExpected() {
        assertThatThrownBy(() -> add(new Selection.Expected(), PRESENT)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Nobody is enrolled for this session's type, date and area");

        fixture.enrolments.expectedAt.put(session, List.of(maria.id(), jose.id()));
        AddRegistrantsUseCase.Result result = add(new Selection.Expected(), ABSENT);

        assertThat(result.added()).extracting(row -> row.registrant().name())
                .containsExactlyInAnyOrder("Maria Dela Cruz", "Jose Dela Cruz");
        assertThat(result.added()).allSatisfy(row -> assertThat(row.status()).isEqualTo(ABSENT));
    }

    @Test
    void anEmptyAreaIsRefusedOnTheAreaField() {
        assertThatThrownBy(() -> add(new Selection.Area("Nowhere"), PRESENT))
                .isInstanceOf(DomainException.class)
                .hasMessage("No active registrants live in area 'Nowhere'");
    }

    @Test
    void savesAllEditsAndKeepsEveryChangeInTheHistory() {
        add(new Selection.Chosen(List.of(maria.id(), jose.id())), PRESENT);
        Version loaded = row(maria).get().version();

        var result = fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), EXCUSED, "sick child", Optional.of(loaded)),
                new AttendanceEdit.Remove(jose.id(), "wrong session", loaded),
                new AttendanceEdit.SetStatus(ana.id(), ABSENT, "", Optional.empty()))));

        assertThat(result).isInstanceOf(SaveAttendanceUseCase.Saved.class);
        assertThat(result.saved()).isEqualTo(3);
        assertThat(result.view().rows()).extracting(row -> row.registrant().name(), AttendanceRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Santos", ABSENT),
                        org.assertj.core.groups.Tuple.tuple("Maria Dela Cruz", EXCUSED));
        assertThat(fixture.history.ofRecord(session, maria.id())).extracting(HistoryLine::describe)
                .containsExactly("Present → Excused", "Added as Present");
        assertThat(fixture.history.ofRecord(session, jose.id())).first()
                .satisfies(line -> {
                    assertThat(line.describe()).isEqualTo("Removed (was Present)");
                    assertThat(line.reason()).isEqualTo("wrong session");
                    assertThat(line.changedBy()).isEqualTo("Field Officer");
                });
        assertThat(fixture.history.ofSession(session)).hasSize(5);
    }

    @Test
    void theSecondSaverIsToldWhichRowsSomeoneElseChangedAndTheRestIsSaved() {
        add(new Selection.Chosen(List.of(maria.id(), jose.id())), PRESENT);
        Version loaded = row(maria).get().version();
        // a manager saves first
        fixture.signIn(MANAGER);
        fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), ABSENT, "", Optional.of(loaded)))));
        fixture.signIn(FACILITATOR);

        var result = fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), EXCUSED, "sick", Optional.of(loaded)),
                new AttendanceEdit.SetStatus(jose.id(), ABSENT, "", Optional.of(loaded)))));

        assertThat(result).isInstanceOfSatisfying(SaveAttendanceUseCase.SavedWithConflicts.class, partly -> {
            assertThat(partly.saved()).isEqualTo(1);
            assertThat(partly.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.registrant()).isEqualTo(maria);
                assertThat(conflict.mine()).isEqualTo(new AttendanceEdit.SetStatus(maria.id(), EXCUSED, "sick",
                        Optional.of(loaded)));
                assertThat(conflict.theirs().orElseThrow().status()).isEqualTo(ABSENT);
                assertThat(conflict.theirs().orElseThrow().recordedBy()).isEqualTo("Programme Manager");
            });
        });
        assertThat(row(jose).get().status()).isEqualTo(ABSENT);
        assertThat(row(maria).get().status()).isEqualTo(ABSENT);

        // re-applying mine on their version wins
        Version theirs = row(maria).get().version();
        var again = fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), EXCUSED, "sick", Optional.of(theirs)))));
        assertThat(again).isInstanceOf(SaveAttendanceUseCase.Saved.class);
        assertThat(row(maria).get().status()).isEqualTo(EXCUSED);
    }

    @Test
    void aRowSomeoneElseRemovedComesBackAsAConflictWithoutTheirs() {
        add(new Selection.Chosen(List.of(maria.id())), PRESENT);
        Version loaded = row(maria).get().version();
        fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.Remove(maria.id(), "", loaded))));

        var result = fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), ABSENT, "", Optional.of(loaded)))));

        assertThat(result).isInstanceOfSatisfying(SaveAttendanceUseCase.SavedWithConflicts.class,
                partly -> assertThat(partly.conflicts().getFirst().theirs()).isEmpty());
    }

    @Test
    void staffMayNotRecordAnotherFacilitatorsSessionAndViewersOnlyRead() {
        fixture.signIn(OTHER_STAFF);
        assertThatThrownBy(() -> add(new Selection.Chosen(List.of(maria.id())), PRESENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.load.load(session).recordable()).isFalse();

        fixture.signIn(VIEWER);
        assertThatThrownBy(() -> fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria.id(), PRESENT, "", Optional.empty())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.load.load(session).rows()).isEmpty();
        assertThat(fixture.repository.historyOf(session)).isEmpty();
    }

    @Test
    void aCancelledSessionTakesNoAttendanceAndACompletedOneNeedsAReason() {
        AttendanceSession cancelled = fixture.session(2, SessionPhase.CANCELLED);
        assertThatThrownBy(() -> fixture.add.add(new AddRegistrantsUseCase.Command(cancelled.id(),
                new Selection.Chosen(List.of(maria.id())), PRESENT, "")))
                .hasMessageContaining("is cancelled: it takes no attendance");
        assertThat(fixture.load.load(cancelled.id()).recordable()).isFalse();

        AttendanceSession completed = fixture.session(3, SessionPhase.COMPLETED);
        assertThatThrownBy(() -> fixture.save.save(new SaveAttendanceUseCase.Command(completed.id(), List.of(
                new AttendanceEdit.SetStatus(maria.id(), PRESENT, "", Optional.empty())))))
                .hasMessageContaining("is completed: give a reason");
        assertThat(fixture.save.save(new SaveAttendanceUseCase.Command(completed.id(), List.of(
                new AttendanceEdit.SetStatus(maria.id(), PRESENT, "late entry from paper sheet", Optional.empty()))))
                .saved()).isEqualTo(1);
    }

    @Test
    void aSignInSheetIsStoredWhole() {
        add(new Selection.Chosen(List.of(maria.id())), ABSENT);

        var result = fixture.importSheet.importSheet(new ImportSignInSheetUseCase.Command(session, List.of(
                new SheetLine(2, "R-001", "present", ""),
                new SheetLine(3, "R-002", "E", "travel"),
                new SheetLine(4, "R-003", "Absent", ""))));

        assertThat(result).isEqualTo(new ImportSignInSheetUseCase.Imported(2, 1, 0));
        assertThat(fixture.load.load(session).counts().summary())
                .isEqualTo("Present 1 · Absent 1 · Excused 1");
    }

    @Test
    void aSignInSheetWithAnyProblemIsRejectedWithEveryProblemByLineAndNothingStored() {
        var result = fixture.importSheet.importSheet(new ImportSignInSheetUseCase.Command(session, List.of(
                new SheetLine(2, "R-001", "Present", ""),
                new SheetLine(3, "R-404", "Present", ""),
                new SheetLine(4, "R-001", "Absent", ""),
                new SheetLine(5, "", "Maybe", ""),
                new SheetLine(6, "R-002", "", ""))));

        assertThat(result).isInstanceOfSatisfying(ImportSignInSheetUseCase.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(Object::toString).containsExactly(
                        "Line 3: no registrant has external id 'R-404'",
                        "Line 4: external id 'R-001' is already on line 2",
                        "Line 5: the external id is missing",
                        "Line 5: 'Maybe' is not a status: use Present, Absent or Excused (or P, A, E)",
                        "Line 6: the status is missing (Present, Absent or Excused)"));
        assertThat(fixture.load.load(session).rows()).isEmpty();
        assertThat(fixture.repository.historyOf(session)).isEmpty();
    }
}
