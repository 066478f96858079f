package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "Case management overview - Link sessions to case plans" of the user guide: a case opened from a
 * follow-up flag, with a plan of FDS sessions whose progress follows the attendance entered on the
 * Attendance tab (Present counts, Excused is left out as the FDS type's policy says), and the session
 * page showing the case that requires it.
 */
class CaseJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private final String prefix = "Case" + Long.toString(System.nanoTime(), 36);
    private final String externalId = prefix + "-1";
    private final String name = prefix + " Lorna Dizon";

    private long session(String location) {
        return db.fetchSingle("insert into session (session_type_id, title, session_date, duration_hours, location, "
                + "facilitator_id, status, created_at, updated_at) values ((select id from session_type where code = 'FDS'), "
                + "?, current_date, 2, ?, (select id from app_user where username = ?), 'IN_PROGRESS', now(), now()) "
                + "returning id", "FDS - " + location, location, ADMIN).get(0, Long.class);
    }

    private long followUpFlag() {
        long registrant = db.fetchSingle("insert into registrant (external_id, full_name, kind, area, created_at, "
                + "updated_at) values (?, ?, 'INDIVIDUAL', 'Barangay 12', now(), now()) returning id", externalId, name)
                .get(0, Long.class);
        return db.fetchSingle("insert into compliance_flag (registrant_id, session_type_id, kind, note, raised_by, "
                + "raised_at) values (?, (select id from session_type where code = 'FDS'), 'FOLLOW_UP', ?, "
                + "(select id from app_user where username = ?), now()) returning id", registrant,
                "Missed FDS " + prefix, ADMIN).get(0, Long.class);
    }

    private void mark(long session, String status) {
        page.navigate(url("sessions/" + session));
        waitForVaadin();
        tab("Attendance").click();
        page.locator("#add-registrants").click();
        page.locator("#registrant-search input").fill(prefix);
        page.waitForFunction("() => document.querySelector('#registrant-picker').size === 1");
        waitForGrid("registrant-picker");
        gridCell("registrant-picker", name).click();
        waitForVaadin();
        page.locator("#add-confirm").click();
        assertThat(page.locator("#add-registrants-dialog")).hasCount(0);
        // an added registrant is stored as Present
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        if (!status.equals("Present")) {
            page.locator("#status-" + externalId + " vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(status)).click();
            page.locator("#reason-" + externalId + " input").fill("Sick child");
            page.locator("#reason-" + externalId + " input").press("Tab");
            page.locator("#save-attendance").click();
            assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        }
        assertThat(page.locator("#attendance-counts")).containsText(status + " 1");
    }

    /** A button by its exact label (the plan's trash buttons carry the tooltip "Remove item N"). */
    private Locator button(String label) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private Locator tab(String label) {
        return page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText(label));
    }

    private void openCase(String caseUrl) {
        page.navigate(caseUrl);
        waitForVaadin();
        waitForGrid("plan-grid");
    }

    @Test
    void aCaseOpenedFromAFlagShowsItsPlansProgressFromTheAttendanceTab() {
        long flag = followUpFlag();
        long first = session("Barangay 12 " + prefix);
        long second = session("Barangay 14 " + prefix);
        signInAsAdministrator();

        // a follow-up flag opens a case for its registrant in one action
        page.navigate(url("compliance/flags"));
        waitForGrid("flags-grid");
        page.locator("#open-case-" + flag).click();
        assertThat(page.locator("#case-summary")).containsText(name);
        assertThat(page.locator("#case-flag-link")).containsText("Missed FDS " + prefix);
        assertThat(page.locator("#case-state")).hasText("No plan items");
        // the router may show the case before the address bar says so: read the address once it does
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/\\d+$"));
        String caseUrl = page.url();

        // plan: attend 2 FDS sessions within a month
        page.locator("#add-item").click();
        select("item-type", "Family Development Session");
        fill("item-count", "2");
        LocalDate due = LocalDate.now().plusDays(30);
        page.locator("#item-due-on input").fill(due.getMonthValue() + "/" + due.getDayOfMonth() + "/" + due.getYear());
        page.locator("#item-due-on input").press("Enter");
        screenshot("plan-item-dialog");
        page.locator("#save-item").click();
        waitForGrid("plan-grid");
        assertGridRow("plan-grid", "1", "Attend 2 Family Development Session sessions from " + LocalDate.now(),
                due.toString(), "0 of 2", "In progress");

        // the session page shows the case that requires the session
        page.navigate(url("sessions/" + first));
        waitForVaadin();
        tab("Cases").click();
        assertThat(page.locator("#session-cases-grid")).containsText(name);
        screenshot("session-cases-tab");

        // Present at the first session: 1 of 2
        mark(first, "Present");
        openCase(caseUrl);
        assertGridRow("plan-grid", "1", "Attend 2 Family Development Session sessions from " + LocalDate.now(),
                due.toString(), "1 of 2", "In progress");
        assertThat(page.locator("#case-progress")).hasText("Plan: 1 of 2 required sessions attended (50%)");

        // Excused at the second: FDS leaves excused absences out, so still 1 of 2
        mark(second, "Excused");
        openCase(caseUrl);
        assertThat(page.locator("#case-progress")).hasText("Plan: 1 of 2 required sessions attended (50%)");

        // the type counts Excused as present once the administrator says so: 2 of 2, compliant
        db.execute("update session_type set excused_policy = 'COUNTS_AS_PRESENT' where code = 'FDS'");
        try {
            openCase(caseUrl);
            assertThat(page.locator("#case-progress")).hasText("Plan: 2 of 2 required sessions attended (100%)");
            assertThat(page.locator("#case-state")).hasText("Compliant");
            screenshot("case-page-compliant");
        } finally {
            db.execute("update session_type set excused_policy = 'LEFT_OUT' where code = 'FDS'");
        }

        // the flag's screen links to the case
        page.navigate(url("compliance/flags"));
        waitForGrid("flags-grid");
        assertThat(page.locator("#flag-case-" + flag)).isVisible();
        screenshot("flags-with-case");
        page.navigate(url("cases"));
        waitForGrid("cases-grid");
        assertThat(gridCell("cases-grid", name + " · " + externalId)).isVisible();
        assertThat(gridCell("cases-grid", "Follow-up flag")).isVisible();
        screenshot("cases-list");
        page.navigate(url("compliance/flags"));
        waitForGrid("flags-grid");
        page.locator("#flag-case-" + flag).click();
        assertThat(page.locator("#case-summary")).containsText(name);
    }

    @Test
    void removingAPlanItemAsksFirstAndClosingNeedsANote() {
        followUpFlag();
        signInAsAdministrator();
        page.navigate(url("cases"));
        waitForGrid("cases-grid");
        page.locator("#open-case").click();
        choose("case-registrant", name + " · " + externalId);
        page.locator("#save-case").click();
        waitForGrid("plan-grid");

        page.locator("#add-item").click();
        select("item-type", "Family Development Session");
        page.locator("#save-item").click();
        assertThat(page.locator("#item-due-on")).hasAttribute("invalid", "");
        assertThat(page.locator("#item-due-on")).containsText("Each plan item needs a due date");
        LocalDate due = LocalDate.now().plusDays(10);
        page.locator("#item-due-on input").fill(due.getMonthValue() + "/" + due.getDayOfMonth() + "/" + due.getYear());
        page.locator("#item-due-on input").press("Enter");
        page.locator("#save-item").click();
        waitForGrid("plan-grid");

        page.locator("#remove-item-1").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, #confirm-remove-item").first())
                .containsText("Remove plan item 1?");
        button("Keep it").click();
        assertThat(page.locator("#remove-item-1")).isVisible();
        page.locator("#remove-item-1").click();
        button("Remove item").click();
        assertThat(page.locator("#case-state")).hasText("No plan items");
        assertThat(page.locator("#remove-item-1")).isHidden();

        page.locator("#close-case").click();
        page.locator("#save-close").click();
        assertThat(page.locator("#closing-note")).containsText("A closing note is required");
        fill("closing-note", "Referred to the municipal social worker");
        page.locator("#save-close").click();
        assertThat(page.locator("#case-status")).hasText("Closed");
        assertThat(page.locator("#add-item")).isHidden();
        assertThat(page.locator("#case-summary")).containsText("Referred to the municipal social worker");
    }
}
