package org.sessiontracking.adapters.web.attendance;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sessiontracking.application.attendance.AttendanceFixture;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.common.StorageUnavailableException;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class AttendanceTabTest {

    private final AttendanceFixture fixture = new AttendanceFixture();
    private final AttendanceUseCases useCases = new AttendanceUseCases(fixture.load, fixture.find, fixture.add,
            fixture.save, fixture.history, fixture.importSheet);
    private SessionId session;
    private RegistrantSummary household;
    private RegistrantSummary maria;
    private RegistrantSummary jose;
    private RegistrantSummary ana;
    private AttendanceTab tab;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(OtherTestView.class)), new HashSet<>(), true));
        session = fixture.session(1, SessionPhase.OPEN).id();
        household = fixture.registrants.addGroup("H-1", "Dela Cruz household", "Barangay 12");
        maria = fixture.registrants.addIndividual("R-001", "Maria Dela Cruz", household, "Barangay 12");
        jose = fixture.registrants.addIndividual("R-002", "Jose Dela Cruz", household, "Barangay 12");
        ana = fixture.registrants.addIndividual("R-003", "Ana Santos", null, "Barangay 7");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open() {
        tab = new AttendanceTab(useCases, session, ZoneOffset.UTC);
        UI.getCurrent().add(tab);
    }

    private void stored(RegistrantSummary who, AttendanceStatus status) {
        fixture.add.add(new AddRegistrantsUseCase.Command(session,
                new AddRegistrantsUseCase.Selection.Chosen(List.of(who.id())), status, ""));
    }

    private Grid<DraftRow> grid() {
        return tab.grid();
    }

    private void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private Optional<AttendanceRow> storedRow(RegistrantSummary who) {
        return fixture.load.load(session).rows().stream().filter(row -> row.registrant().equals(who)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<AttendanceStatus> statusOf(int row) {
        return (RadioButtonGroup<AttendanceStatus>) GridKt._getCellComponent(grid(), row, "status");
    }

    @Test
    void showsTheRecordsWithRecorderAndTheCounts() {
        stored(maria, PRESENT);
        stored(ana, ABSENT);
        open();

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("R-003");
        assertThat(GridKt._getFormatted(grid(), 0, "name")).contains("Ana Santos");
        // who and when share one column (two lines), so the grid fits a laptop screen; the tooltip says it in full
        assertThat(GridKt._getFormatted(grid(), 0, "recorded")).contains("Field Officer", "14 Mar 2026 16:00");
        assertThat(grid().getColumnByKey("recorded").getTooltipGenerator().apply(GridKt._get(grid(), 0)))
                .isEqualTo("Recorded by Field Officer on 14 Mar 2026 16:00");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("R-001");
        // the group shows under the name
        assertThat(GridKt._getFormatted(grid(), 1, "name")).contains("Maria Dela Cruz", "Dela Cruz household");
        assertThat(text("attendance-counts")).isEqualTo("Present 1 · Absent 1 · Excused 0");
        assertThat(text("attendance-rate")).isEqualTo("Rate 50.0% (excused left out)");
        assertThat(text("unsaved-changes")).isEqualTo("All changes saved");
    }

    /** Present 10, Absent 2, Excused 2 stored on a session of a type with this excused policy. */
    private void tenPresentTwoAbsentTwoExcused(ExcusedPolicy policy) {
        session = fixture.session(3, SessionPhase.OPEN, policy).id();
        for (int i = 1; i <= 14; i++) {
            RegistrantSummary who = fixture.registrants.addIndividual("P-" + i, "Person " + i, null, "Barangay 3");
            fixture.add.add(new AddRegistrantsUseCase.Command(session, new AddRegistrantsUseCase.Selection.Chosen(
                    List.of(who.id())), i <= 10 ? PRESENT : i <= 12 ? ABSENT : EXCUSED, i > 12 ? "sick" : ""));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "LEFT_OUT; Rate 83.3% (excused left out); excused absences are left out of the calculation",
            "COUNTS_AS_PRESENT; Rate 85.7% (excused count as present); an excused absence counts as present",
            "COUNTS_AS_ABSENT; Rate 71.4% (excused count as absent); an excused absence counts as absent"})
    void theRateIsTheComplianceRuleOfTheSessionsTypeAndSaysWhichPolicyItApplied(ExcusedPolicy policy, String rate,
                                                                               String explained) {
        tenPresentTwoAbsentTwoExcused(policy);
        open();

        assertThat(text("attendance-counts")).isEqualTo("Present 10 · Absent 2 · Excused 2");
        assertThat(text("attendance-rate")).isEqualTo(rate);
        assertThat(tab.rateExplanation()).startsWith("As compliance counts it for this session type:")
                .contains(explained);
        // the same figure as the compliance rule of the domain
        assertThat(rate).contains(new org.sessiontracking.domain.compliance.CompliancePolicy(80, policy)
                .evaluate(new org.sessiontracking.domain.compliance.AttendanceCounts(10, 2, 2)).rateText());
    }

    @Test
    void theRateFollowsTheUnsavedEdits() {
        tenPresentTwoAbsentTwoExcused(ExcusedPolicy.LEFT_OUT);
        open();
        int absent = grid().getListDataView().getItems().toList().indexOf(grid().getListDataView().getItems()
                .filter(row -> row.status() == ABSENT).findFirst().orElseThrow());

        _setValue(statusOf(absent), PRESENT);

        assertThat(text("attendance-counts")).isEqualTo("Present 11 · Absent 1 · Excused 2");
        assertThat(text("attendance-rate")).isEqualTo("Rate 91.7% (excused left out)");
    }

    @Test
    void addsAWholeHouseholdAtOnceWithTheChosenStatusAndNobodyTwice() {
        stored(maria, EXCUSED);
        open();

        click("add-registrants");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("add-mode")), AddRegistrantsDialog.Mode.GROUP);
        _setValue(_get(ComboBox.class, spec -> spec.withId("group-picker")), household);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("add-status")), ABSENT);
        click("add-confirm");

        assertThat(_find(AddRegistrantsDialog.class)).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(storedRow(jose).orElseThrow().status()).isEqualTo(ABSENT);
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(EXCUSED);
        assertThat(text("attendance-counts")).startsWith("Present 0 · Absent 1 · Excused 1");
    }

    @Test
    void addsSeveralChosenRegistrantsAsPresentByDefault() {
        open();
        click("add-registrants");
        @SuppressWarnings("unchecked")
        Grid<RegistrantSummary> picker = _get(Grid.class, spec -> spec.withId("registrant-picker"));
        _setValue(_get(TextField.class, spec -> spec.withId("registrant-search")), "dela cruz");
        assertThat(GridKt._size(picker)).isEqualTo(3);
        picker.select(maria);
        picker.select(jose);
        click("add-confirm");

        assertThat(fixture.load.load(session).rows()).extracting(AttendanceRow::status).containsExactly(PRESENT, PRESENT);
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void tellsThePageAroundItAfterRecordsAreStoredButNotWhileEditing() {
        stored(maria, PRESENT);
        int[] stores = {0};
        tab = new AttendanceTab(useCases, session, ZoneOffset.UTC, () -> stores[0]++);
        UI.getCurrent().add(tab);

        _setValue(statusOf(0), ABSENT);
        assertThat(stores[0]).as("an unsaved edit is no store").isZero();
        click("save-attendance");
        assertThat(stores[0]).isEqualTo(1);

        click("add-registrants");
        @SuppressWarnings("unchecked")
        Grid<RegistrantSummary> picker = _get(Grid.class, spec -> spec.withId("registrant-picker"));
        _setValue(_get(TextField.class, spec -> spec.withId("registrant-search")), "santos");
        picker.select(ana);
        click("add-confirm");
        assertThat(stores[0]).as("added registrants are stored at once").isEqualTo(2);
    }

    @Test
    void marksAllRowsExcusedWithOneReasonAndSavesThemInOneAction() {
        stored(maria, PRESENT);
        stored(jose, PRESENT);
        stored(ana, PRESENT);
        open();

        grid().asMultiSelect().select(new HashSet<>(grid().getListDataView().getItems().toList()));
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-reason")), "flooded road");
        click("mark-excused");

        assertThat(text("unsaved-changes")).isEqualTo("3 unsaved changes");
        assertThat(text("attendance-counts")).startsWith("Present 0 · Absent 0 · Excused 3");
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(PRESENT);

        click("save-attendance");

        assertThat(fixture.load.load(session).rows()).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(EXCUSED);
            assertThat(row.reason()).isEqualTo("flooded road");
        });
        assertThat(text("unsaved-changes")).isEqualTo("All changes saved");
        assertThat(fixture.history.ofSession(session)).hasSize(6);
    }

    @Test
    void changesOneRowsStatusAndMarksItUnsavedUntilSaved() {
        stored(maria, PRESENT);
        stored(ana, PRESENT);
        open();

        _setValue(statusOf(1), ABSENT);

        assertThat(((Span) GridKt._getCellComponent(grid(), 1, "changed")).getText()).isEqualTo("Unsaved");
        assertThat(text("attendance-counts")).isEqualTo("Present 1 · Absent 1 · Excused 0");
        assertThat(text("attendance-rate")).isEqualTo("Rate 50.0% (excused left out)");
        assertThat(tab.hasUnsavedChanges()).isTrue();
        click("save-attendance");
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(ABSENT);
        assertThat(storedRow(ana).orElseThrow().status()).isEqualTo(PRESENT);
    }

    @Test
    void removesSelectedRecordsOnlyAfterConfirmation() {
        stored(maria, PRESENT);
        stored(ana, PRESENT);
        open();
        grid().select(grid().getListDataView().getItem(0));

        click("remove-selected");
        click("remove-cancel");
        assertThat(GridKt._size(grid())).isEqualTo(2);

        click("remove-selected");
        click("remove-confirm");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(storedRow(ana)).isPresent();
        click("save-attendance");
        assertThat(storedRow(ana)).isEmpty();
        assertThat(storedRow(maria)).isPresent();
    }

    @Test
    void theSecondSaverSeesTheirsAndMineAndCanReapplyMine() {
        stored(maria, PRESENT);
        stored(ana, PRESENT);
        open();
        _setValue(statusOf(1), EXCUSED); // Maria, in this tab
        _setValue(statusOf(0), ABSENT);  // Ana, in this tab
        // meanwhile a manager saves Maria as Absent
        fixture.signIn(AttendanceFixture.MANAGER);
        fixture.save.save(new SaveAttendanceUseCase.Command(session, List.of(new AttendanceEdit.SetStatus(maria.id(),
                ABSENT, "checked the paper sheet", Optional.of(storedRow(maria).orElseThrow().version())))));
        fixture.signIn(AttendanceFixture.FACILITATOR);

        click("save-attendance");

        @SuppressWarnings("unchecked")
        Grid<SaveAttendanceUseCase.Conflict> conflicts = _get(Grid.class, spec -> spec.withId("conflict-grid"));
        assertThat(GridKt._size(conflicts)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(conflicts, 0)).contains("R-001", "Maria Dela Cruz",
                "Absent (checked the paper sheet) by Programme Manager", "Excused");
        assertThat(storedRow(ana).orElseThrow().status()).isEqualTo(ABSENT);

        _click((Button) GridKt._getCellComponent(conflicts, 0, "reapply"));
        assertThat(text("unsaved-changes")).isEqualTo("1 unsaved change");
        click("save-attendance");
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(EXCUSED);
    }

    @Test
    void aBrokenSignInSheetIsRefusedWithEveryProblemByLineAndNothingStored() {
        stored(maria, PRESENT);
        open();

        tab.importCsv("external_id,status,reason\nR-001,Absent,\nR-404,Present,\nR-003,Maybe,\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 3: no registrant has external id 'R-404'",
                "Line 4: 'Maybe' is not a status: use Present, Absent or Excused (or P, A, E)");
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(PRESENT);
        assertThat(storedRow(ana)).isEmpty();
    }

    @Test
    void aGoodSignInSheetIsStoredAndShown() {
        open();
        tab.importCsv("R-001,P\nR-002,A\nR-003,E,travel\n".getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(text("attendance-counts")).isEqualTo("Present 1 · Absent 1 · Excused 1");
        assertThat(text("attendance-rate")).isEqualTo("Rate 50.0% (excused left out)");
    }

    private SignInSheetDialog openImportDialog() {
        click("import-sheet");
        return _get(SignInSheetDialog.class);
    }

    private static String download(String anchorId) {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId(anchorId))),
                StandardCharsets.UTF_8);
    }

    @Test
    void importSignInSheetFirstShowsTheFormatAndASampleOfTheSessionsRoster() {
        stored(maria, PRESENT);
        stored(ana, ABSENT);
        open();

        openImportDialog();

        assertThat(_get(Pre.class, spec -> spec.withId("sign-in-sheet-header")).getText())
                .isEqualTo("external_id,status,reason");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("sign-in-sheet-columns")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList()).containsExactly(
                "external_id: the registrant's external id, as on the Registrants screen",
                "status: Present, Absent or Excused, or P, A, E (upper or lower case)",
                "reason: optional; give one for Excused");
        assertThat(_get(SignInSheetDialog.class).getElement().getTextRecursively()).contains("UTF-8",
                "Other columns are ignored");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sign-in-sheet-sample-note"))
                .getText()).startsWith("The sample lists this session's registrants");
        String sample = download("sign-in-sheet-sample");
        assertThat(sample).isEqualTo("\uFEFFexternal_id,status,reason\r\nR-003,Absent,\r\nR-001,Present,\r\n");
        // the sample is a sheet that imports as it is
        assertThat(SignInSheetCsv.parse(sample.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @Test
    void aSessionWithoutRecordsOffersAMadeUpSampleThatSaysSo() {
        open();
        openImportDialog();

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("sign-in-sheet-sample-note"))
                .getText()).isEqualTo("The sample's external ids are made up: put your registrants' ids in their place.");
        String sample = download("sign-in-sheet-sample");
        assertThat(sample).startsWith("\uFEFFexternal_id,status,reason\r\nR-0001,Present,\r\n")
                .contains("R-0003,Excused,Sick child", "R-0004,p,");
        SignInSheetCsv.Parsed parsed = SignInSheetCsv.parse(sample.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).hasSize(5);
    }

    @Test
    void theSheetIsUploadedInTheDialogWhichClosesOnceItIsStored() {
        stored(maria, PRESENT);
        open();
        SignInSheetDialog dialog = openImportDialog();

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("sign-in-sheet-upload")), "sheet.csv", "text/csv",
                "external_id,status,reason\nR-001,Absent,\nR-404,Present,\n".getBytes(StandardCharsets.UTF_8));

        // refused with its problems listed as before; the dialog stays for the corrected file
        assertThat(_find(ListItem.class, spec -> spec.withText("Line 3: no registrant has external id 'R-404'")))
                .hasSize(1);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(PRESENT);
        click("import-problems-close");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("sign-in-sheet-upload")), "sheet.csv", "text/csv",
                "external_id,status,reason\nR-001,Absent,\nR-003,e,travel\n".getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(ABSENT);
        assertThat(storedRow(ana).orElseThrow().reason()).isEqualTo("travel");
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void unsavedEditsAreKeptAndTheImportWaitsForThem() {
        stored(maria, PRESENT);
        open();
        _setValue(statusOf(0), ABSENT);

        click("import-sheet");

        assertThat(_find(SignInSheetDialog.class)).isEmpty();
        assertThat(tab.hasUnsavedChanges()).isTrue();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        stored(maria, PRESENT);
        open();
        _setValue(statusOf(0), ABSENT);

        UI.getCurrent().navigate(OtherTestView.class);
        assertThat(_find(OtherTestView.class)).isEmpty();
        click("leave-stay");
        assertThat(tab.hasUnsavedChanges()).isTrue();

        UI.getCurrent().navigate(OtherTestView.class);
        click("leave-anyway");
        assertThat(_find(OtherTestView.class)).hasSize(1);
    }

    @Test
    void pointsOutExcusedWithoutAReasonAndShowsARecordsHistory() {
        stored(maria, PRESENT);
        open();
        _setValue(statusOf(0), EXCUSED);
        assertThat(text("excused-without-reason")).isEqualTo("1 excused without a reason");
        _setValue((TextField) GridKt._getCellComponent(grid(), 0, "reason"), "sick child");
        assertThat(text("excused-without-reason")).isEmpty();
        click("save-attendance");

        _click((Button) GridKt._getCellComponent(grid(), 0, "history"));
        @SuppressWarnings("unchecked")
        Grid<org.sessiontracking.application.attendance.HistoryLine> history = _get(Grid.class,
                spec -> spec.withId("history-grid"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("14 Mar 2026 16:00:00", "Present → Excused",
                "sick child", "Field Officer");
        assertThat(GridKt._getFormattedRow(history, 1)).contains("Added as Present");
    }

    @Test
    void aViewerSeesTheAttendanceReadOnly() {
        stored(maria, PRESENT);
        fixture.signIn(AttendanceFixture.VIEWER);
        open();
        assertThat(GridKt._getCellComponent(grid(), 0, "status")).isInstanceOf(Span.class);
        // nothing can become unsaved: no room for the markers
        assertThat(grid().getColumnByKey("changed").isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("save-attendance"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-registrants"))).isEmpty();
    }

    @Test
    void aCancelledSessionSaysItTakesNoAttendance() {
        session = fixture.session(2, SessionPhase.CANCELLED).id();
        open();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("attendance-notice")).getText())
                .isEqualTo("This session is cancelled: it takes no attendance.");
        assertThat(_find(Button.class, spec -> spec.withId("save-attendance"))).isEmpty();
    }

    @Test
    void aSaveWhileTheDatabaseIsUnreachableSaysSoAndKeepsTheEditsOnScreenForTheNextTry() {
        stored(maria, PRESENT);
        stored(ana, PRESENT);
        boolean[] databaseDown = {true};
        SaveAttendanceUseCase saveWhenUp = command -> {
            if (databaseDown[0]) {
                throw StorageUnavailableException.unreachable(new java.sql.SQLException("Connection refused", "08001"));
            }
            return fixture.save.save(command);
        };
        tab = new AttendanceTab(new AttendanceUseCases(fixture.load, fixture.find, fixture.add, saveWhenUp,
                fixture.history, fixture.importSheet), session, ZoneOffset.UTC);
        UI.getCurrent().add(tab);
        _setValue(statusOf(1), ABSENT);

        click("save-attendance");

        NotificationsKt.expectNotifications(StorageUnavailableException.MESSAGE);
        assertThat(tab.hasUnsavedChanges()).isTrue();
        assertThat(statusOf(1).getValue()).isEqualTo(ABSENT);
        assertThat(((Span) GridKt._getCellComponent(grid(), 1, "changed")).getText()).isEqualTo("Unsaved");
        assertThat(text("unsaved-changes")).isEqualTo("1 unsaved change");
        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(PRESENT);

        databaseDown[0] = false;
        click("save-attendance");

        assertThat(storedRow(maria).orElseThrow().status()).isEqualTo(ABSENT);
        assertThat(tab.hasUnsavedChanges()).isFalse();
    }
}
