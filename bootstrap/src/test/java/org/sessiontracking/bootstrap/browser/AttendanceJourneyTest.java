package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Step 3: Record attendance" and "Can I bulk-record attendance?" of the user guide, in the browser. */
class AttendanceJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private final String prefix = "Att" + Long.toString(System.nanoTime(), 36);

    /** Registrants come from the social registry: inserted directly, as an import would. */
    private void registrant(String externalId, String name) {
        db.execute("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'Barangay 12', now(), now())", externalId, name);
    }

    private long sessionFacilitatedByTheAdministrator() {
        return db.fetchSingle("insert into session (session_type_id, title, session_date, duration_hours, location, "
                + "facilitator_id, status, created_at, updated_at) values ((select id from session_type where code = 'FDS'), "
                + "?, date '2026-03-14', 2, 'Barangay 12', (select id from app_user where username = ?), 'IN_PROGRESS', "
                + "now(), now()) returning id", "FDS - March 2026 - " + prefix, ADMIN).get(0, Long.class);
    }

    private Locator status(String externalId, String label) {
        return page.locator("#status-" + externalId + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label));
    }

    private void openAttendanceTab(long session) {
        page.navigate(url("sessions/" + session));
        waitForVaadin();
        page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Attendance")).click();
        assertThat(page.locator("#attendance-grid")).isVisible();
    }

    @Test
    void staffAddSeveralRegistrantsAtOnceMarkThemAndTheMarksAreStored() {
        registrant(prefix + "-1", prefix + " Ana Santos");
        registrant(prefix + "-2", prefix + " Jose Reyes");
        registrant(prefix + "-3", prefix + " Maria Cruz");
        long session = sessionFacilitatedByTheAdministrator();
        signInAsAdministrator();

        // Open a session record; in the Attendance tab, add registrant records (several at once)
        openAttendanceTab(session);
        page.locator("#add-registrants").click();
        page.locator("#registrant-search input").fill(prefix);
        // the search runs once typing pauses; choose only from its result
        page.waitForFunction("() => document.querySelector('#registrant-picker').size === 3");
        waitForGrid("registrant-picker");
        for (String name : new String[]{"Ana Santos", "Jose Reyes", "Maria Cruz"}) {
            gridCell("registrant-picker", prefix + " " + name).click();
            waitForVaadin();
        }
        assertThat(page.locator("#chosen-count")).hasText("3 chosen");
        page.locator("#add-confirm").click();
        assertThat(page.locator("#add-registrants-dialog")).hasCount(0);
        assertThat(page.locator("#attendance-counts")).hasText("Present 3 · Absent 0 · Excused 0");
        assertThat(page.locator("#attendance-rate")).hasText("Rate 100.0% (excused left out)");

        // Mark each as Present, Absent, or Excused
        status(prefix + "-2", "Absent").click();
        status(prefix + "-3", "Excused").click();
        page.locator("#reason-" + prefix + "-3 input").fill("Sick child");
        page.locator("#reason-" + prefix + "-3 input").press("Tab");
        assertThat(page.locator("#unsaved-changes")).hasText("2 unsaved changes");
        assertThat(page.locator("#attendance-counts")).hasText("Present 1 · Absent 1 · Excused 1");
        // the rate by the FDS type's excused policy (left out), as compliance counts it
        assertThat(page.locator("#attendance-rate")).hasText("Rate 50.0% (excused left out)");

        // Save
        page.locator("#save-attendance").click();
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");

        // Reload: the same marks are there
        page.reload();
        waitForVaadin();
        openAttendanceTab(session);
        assertThat(page.locator("#attendance-counts")).hasText("Present 1 · Absent 1 · Excused 1");
        // the rate by the FDS type's excused policy (left out), as compliance counts it
        assertThat(page.locator("#attendance-rate")).hasText("Rate 50.0% (excused left out)");
        assertThat(status(prefix + "-1", "Present")).hasAttribute("checked", "");
        assertThat(status(prefix + "-2", "Absent")).hasAttribute("checked", "");
        assertThat(status(prefix + "-3", "Excused")).hasAttribute("checked", "");
        assertThat(page.locator("#reason-" + prefix + "-3 input")).hasValue("Sick child");
    }

    private static FilePayload csv(String text) {
        return new FilePayload("sheet.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSignInSheetDialogShowsTheFormatAndTakesTheCorrectedFileAfterARefusedOne() {
        registrant(prefix + "-1", prefix + " Ana Santos");
        registrant(prefix + "-2", prefix + " Jose Reyes");
        long session = sessionFacilitatedByTheAdministrator();
        signInAsAdministrator();
        openAttendanceTab(session);

        page.locator("#import-sheet").click();
        assertThat(page.locator("#sign-in-sheet-header")).hasText("external_id,status,reason");
        assertThat(page.locator("#sign-in-sheet-columns")).containsText("Present, Absent or Excused, or P, A, E");
        assertThat(page.locator("#sign-in-sheet-sample")).hasAttribute("download", "");

        Locator file = page.locator("#sign-in-sheet-upload input[type=file]");
        file.setInputFiles(csv("external_id,status,reason\n" + prefix + "-1,P,\n" + prefix + "-404,A,\n"));
        assertThat(page.locator("#import-problem-list")).containsText("no registrant has external id '" + prefix
                + "-404'");
        page.locator("#import-problems-close").click();
        // the one file allowed is cleared from the list: the corrected file is taken, not "Too Many Files"
        file.setInputFiles(csv("external_id,status,reason\n" + prefix + "-1,P,\n" + prefix + "-2,e,sick child\n"));
        assertThat(page.locator("#sign-in-sheet-dialog")).hasCount(0);
        assertThat(page.locator("#attendance-counts")).hasText("Present 1 · Absent 0 · Excused 1");
        assertThat(page.locator("#attendance-rate")).hasText("Rate 100.0% (excused left out)");
    }
}
