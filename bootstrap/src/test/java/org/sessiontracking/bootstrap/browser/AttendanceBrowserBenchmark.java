package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Attendance tab with 1,000 records in a real Chromium against the running application: adding
 * two whole areas (1,000 registrants), opening the tab, marking all 1,000 and saving them. Prints
 * figures; asserts nothing about time. Run with:
 * {@code ./mvnw -o -pl bootstrap -am verify -Dtest=AttendanceBrowserBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AttendanceBrowserBenchmark extends BrowserTest {

    private static final int RECORDS = 1_000;

    @Autowired
    private DSLContext db;

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    @Test
    void aThousandRecordSessionInTheBrowser() {
        String prefix = "Bench" + Long.toString(System.nanoTime(), 36);
        db.execute("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "select ? || '-' || lpad(g::text, 4, '0'), 'Registrant ' || g, 'INDIVIDUAL', "
                + "? || case when g % 3 = 0 then ' East' else ' West' end, now(), now() from generate_series(1, ?) g",
                prefix, prefix, RECORDS);
        long session = db.fetchSingle("insert into session (session_type_id, title, session_date, duration_hours, "
                + "facilitator_id, status, created_at, updated_at) values ((select min(id) from session_type), ?, "
                + "date '2026-03-14', 2, (select id from app_user where username = ?), 'IN_PROGRESS', now(), now()) "
                + "returning id", prefix, ADMIN).get(0, Long.class);
        signInAsAdministrator();
        page.navigate(url("sessions/" + session + "/attendance"));
        waitForVaadin();

        System.out.println();
        System.out.println("Attendance in the browser (Chromium, production front-end, embedded PostgreSQL):");
        for (String area : new String[]{prefix + " West", prefix + " East"}) {
            page.locator("#add-registrants").click();
            page.locator("#add-mode vaadin-radio-button").nth(2).click();
            page.locator("#area-picker input").fill(area);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(area)).first().click();
            long start = System.nanoTime();
            page.locator("#add-confirm").click();
            page.locator("#add-registrants-dialog").waitFor(new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            waitForVaadin();
            System.out.printf("  add a whole area (%s) and show it: %.0f ms%n", area, millisSince(start));
        }
        page.locator("#attendance-counts").filter(new Locator.FilterOptions().setHasText("Present " + RECORDS)).waitFor();
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            page.reload();
            page.locator("#attendance-grid vaadin-radio-button[checked]").first().waitFor();
            waitForVaadin();
            System.out.printf("  open the %d-record tab (page load to rows shown), round %d: %.0f ms%n", RECORDS, round,
                    millisSince(start));
        }
        long start = System.nanoTime();
        page.locator("#attendance-grid vaadin-checkbox").first().click();
        page.locator("#mark-absent").click();
        page.locator("#unsaved-changes").filter(new Locator.FilterOptions().setHasText(RECORDS + " unsaved changes")).waitFor();
        System.out.printf("  select all and mark %d Absent (until the counts show it): %.0f ms%n", RECORDS, millisSince(start));
        start = System.nanoTime();
        page.locator("#save-attendance").click();
        page.locator("#unsaved-changes").filter(new Locator.FilterOptions().setHasText("All changes saved")).waitFor();
        System.out.printf("  Save all %d changes (click to grid shown again): %.0f ms%n", RECORDS, millisSince(start));
        System.out.println();
    }
}
