package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's verification journey: generate a year of monthly periods, close a month (confirming its
 * unfinished session), correct an attendance afterwards (a reason is asked for), see it listed as late,
 * reopen, accept it, close again and compare the two frozen versions; a version's export is the same
 * bytes each time.
 */
class VerificationPeriodJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private long registrant(String externalId, String name) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'Barangay 9', now(), now()) returning id", externalId, name)
                .fetchOne(0, Long.class);
    }

    private long session(long type, String title, String day, String status) {
        return db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, area, "
                        + "facilitator_id, status, location, created_at, updated_at) values (?, ?, ?::date, 2, 'Barangay 9', "
                        + "(select id from app_user where username = ?), ?, 'Barangay hall', now(), now()) returning id",
                type, title, day, ADMIN, status).fetchOne(0, Long.class);
    }

    private void record(long session, long registrant, String status) {
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) values "
                + "(?, ?, ?, (select id from app_user where username = ?), now())", session, registrant, status, ADMIN);
    }

    private void confirm(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        waitForVaadin();
    }

    private byte[] export() throws IOException {
        Download download = page.waitForDownload(() -> page.locator("#frozen-export").click());
        return Files.readAllBytes(download.path());
    }

    @Test
    void closeCorrectLateReopenAcceptCloseAgainAndCompareTheVersions() throws IOException {
        long workshop = db.resultQuery("select id from session_type where code = 'WORKSHOP'").fetchOne(0, Long.class);
        String tag = Long.toString(System.nanoTime() % 100000);
        long maria = registrant("VP-M" + tag, "Maria Verified " + tag);
        long jose = registrant("VP-J" + tag, "Jose Verified " + tag);
        long first = session(workshop, "Workshop 1 " + tag, "2025-03-06", "COMPLETED");
        long second = session(workshop, "Workshop 2 " + tag, "2025-03-20", "COMPLETED");
        session(workshop, "Workshop 3 " + tag, "2025-03-27", "SCHEDULED");
        record(first, maria, "PRESENT");
        record(second, maria, "PRESENT");
        record(first, jose, "ABSENT");
        record(second, jose, "PRESENT");

        signInAsAdministrator();
        page.navigate(url("compliance/periods?type=" + workshop));
        waitForVaadin();
        page.locator("#generate-periods").click();
        fill("generate-year", "2025");
        page.locator("#save-generate").click();
        waitForVaadin();
        assertGridRow("periods-grid", "March 2025", "1 Mar 2025", "31 Mar 2025", "5 Apr 2025", "Past deadline");
        long march = db.resultQuery("select id from verification_period where session_type_id = ? and name = ?",
                workshop, "March 2025").fetchOne(0, Long.class);
        screenshot("periods");

        page.locator("#period-link-" + march).click();
        waitForVaadin();
        assertThat(page.locator("#period-state")).hasText("Past deadline");
        page.locator("#close-period").click();
        confirm("Close and freeze");
        assertThat(page.locator("#unfinished-sessions")).containsText("Workshop 3 " + tag + " (Scheduled)");
        screenshot("unfinished");
        confirm("Close anyway");
        assertThat(page.locator("#period-state")).hasText("Closed");
        waitForGrid("frozen-grid");
        assertGridRow("frozen-grid", "VP-J" + tag, "Jose Verified " + tag, "Barangay 9", "1", "1", "0", "50.0%",
                "Non-compliant");
        byte[] v1 = export();

        // a late correction on the Attendance tab: the reason is asked for
        page.navigate(url("sessions/" + first));
        waitForVaadin();
        page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Attendance")).click();
        assertThat(page.locator("#attendance-notice")).containsText("which is closed: every change is a late correction");
        page.locator("#status-VP-J" + tag + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Present")).click();
        page.locator("#save-attendance").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("give a reason for this late correction");
        page.locator("#reason-VP-J" + tag + " input").fill("Signature found on the paper sheet");
        page.locator("#reason-VP-J" + tag + " input").press("Tab");
        page.locator("#save-attendance").click();
        assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");

        page.navigate(url("compliance/periods/" + march));
        waitForVaadin();
        page.locator("#period-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Late corrections (1 to decide)"))
                .click();
        waitForGrid("late-corrections-grid");
        assertThat(page.locator("#late-corrections-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Absent \u2192 Present")).first()).isVisible();
        screenshot("late-correction");
        long correction = db.resultQuery("select id from late_correction where period_id = ?", march)
                .fetchOne(0, Long.class);

        page.locator("#reopen-period").click();
        fill("decision-reason", "Late paper sheets from Barangay 9");
        page.locator("#confirm-decision").click();
        waitForVaadin();
        assertThat(page.locator("#period-state")).hasText("Reopened");
        page.locator("#period-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Late corrections"))
                .click();
        page.locator("#accept-" + correction).click();
        page.locator("#confirm-decision").click();
        waitForVaadin();

        page.locator("#close-period").click();
        confirm("Close and freeze");
        confirm("Close anyway");
        assertThat(page.locator("#period-state")).hasText("Closed");
        assertThat(page.locator("#frozen-version")).containsText("Version 2");
        waitForGrid("frozen-grid");
        assertGridRow("frozen-grid", "VP-J" + tag, "Jose Verified " + tag, "Barangay 9", "2", "0", "0", "100.0%",
                "Compliant", "was 50.0% Non-compliant (P 1, A 1, E 0)");
        assertThat(page.locator("#live-totals")).containsText("Live list now:");
        screenshot("version-2");
        byte[] v2 = export();
        assertThat(export()).isEqualTo(v2);
        assertThat(new String(v2, StandardCharsets.UTF_8)).contains("VP-J" + tag + ",Jose Verified " + tag
                + ",Barangay 9,,2,0,0,2,2,100.0,Compliant,90,LEFT_OUT,March 2025,2,");

        select("frozen-version", "Version 1");
        waitForGrid("frozen-grid");
        assertGridRow("frozen-grid", "VP-J" + tag, "Jose Verified " + tag, "Barangay 9", "1", "1", "0", "50.0%",
                "Non-compliant");
        assertThat(export()).isEqualTo(v1);
    }
}
