package org.sessiontracking.bootstrap.browser;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The compliance screens' own tools in a browser: the area filter, flagging a non-compliant
 * registrant for follow-up, the Flags list and an eligibility rule's check and preview. Sessions and
 * attendance are seeded in the database to keep it short; use case 1 of the guide, through the
 * session type, session and attendance screens up to the compliance list, is
 * {@link UseCaseOneJourneyTest}.
 */
class ComplianceJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    private long registrant(String externalId, String name) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, sex, birth_date, created_at,"
                + " updated_at) values (?, ?, 'INDIVIDUAL', 'Barangay 7', 'FEMALE', date '1990-05-01', now(), now()) "
                + "returning id", externalId, name).fetchOne(0, Long.class);
    }

    @Test
    void fdsComplianceListFlagAndAnEligibilityPreview() {
        long fds = db.resultQuery("select id from session_type where code = 'FDS'").fetchOne(0, Long.class);
        long admin = db.resultQuery("select id from app_user where username = ?", ADMIN).fetchOne(0, Long.class);
        long topic = db.resultQuery("select min(id) from topic where session_type_id = ?", fds).fetchOne(0, Long.class);
        String tag = Long.toString(System.nanoTime() % 100000);
        long maria = registrant("CJ-M" + tag, "Maria Journey " + tag);
        long jose = registrant("CJ-J" + tag, "Jose Journey " + tag);
        // inside the default period (this year, to date) whatever today's date: never before 1 January
        LocalDate today = LocalDate.now();
        LocalDate firstOfYear = today.withDayOfYear(1);
        for (int i = 0; i < 5; i++) {
            LocalDate held = today.minusDays(i).isBefore(firstOfYear) ? firstOfYear : today.minusDays(i);
            long session = db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours,"
                            + " area, facilitator_id, topic_id, status, created_at, updated_at) values (?, 'FDS journey', ?, 2,"
                            + " 'Barangay 7', ?, ?, 'COMPLETED', now(), now()) returning id", fds,
                    held, admin, topic).fetchOne(0, Long.class);
            db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) values "
                            + "(?, ?, ?, ?, now()), (?, ?, ?, ?, now())", session, maria, "PRESENT",
                    admin, session, jose, i < 3 ? "ABSENT" : "PRESENT", admin);
        }

        signInAsAdministrator();
        openMenu("compliance");
        waitForVaadin();
        choose("compliance-area", "Barangay 7");
        assertThat(page.locator("#total-non-compliant")).hasText("Non-compliant: 1");
        waitForVaadin();
        assertThat(gridCell("compliance-grid", "Maria Journey " + tag)).isVisible();
        assertThat(gridCell("compliance-grid", "100.0%")).isVisible();
        assertThat(gridCell("compliance-grid", "40.0%")).isVisible();
        assertThat(page.locator("#compliance-grid vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Non-compliant")).first())
                .isVisible();

        // after the area filter the grid fetches its rows anew; a click on a row being replaced is lost
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 2);
        waitForGrid("compliance-grid");
        page.locator("#flag-" + jose).click();
        waitForVaadin();
        assertThat(page.locator("#flag-note")).isVisible();
        fill("flag-note", "Home visit");
        page.locator("#save-flag").click();
        waitForVaadin();
        assertThat(page.locator("#flag-" + jose)).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("^Flag for follow-up \\(1 open flag\\)"));
        // the icon's tooltip shows (the grid's own tooltip, which once hid the button's)
        page.locator("#flag-" + jose).hover();
        assertThat(page.locator("#compliance-grid > vaadin-tooltip [role=tooltip]"))
                .hasText("Flag for follow-up (1 open flag)");

        page.navigate(url("compliance/flags"));
        waitForVaadin();
        assertThat(gridCell("flags-grid", "Home visit")).isVisible();

        openMenu("eligibility-rules");
        waitForVaadin();
        fill("rule-expression", "attendance_rate(\"FDS\") >= 0.8 && compliant(\"Yoga\")");
        page.locator("#check-rule").click();
        waitForVaadin();
        assertThat(page.locator("#rule-problems")).containsText("Line 1, column 43: No session type is named or coded 'Yoga'");
        fill("rule-expression", "attendance_rate(\"FDS\") >= 0.8");
        page.locator("#preview-rule").click();
        waitForVaadin();
        assertThat(page.locator("#preview-summary")).containsText("pass");
    }
}
