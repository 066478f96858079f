package org.sessiontracking.bootstrap.browser;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The compliance screen's early warning in a browser: with one session of the period still scheduled,
 * who cannot reach the threshold any more, who is at risk, who has the type's number of absences in a
 * row, and flagging one warning's whole list for follow-up in one action.
 */
class EarlyWarningJourneyTest extends BrowserTest {

    @Autowired
    private DSLContext db;

    @Test
    void theWarningsNameWhoNeedsFollowingUpAndOneActionFlagsThemAll() {
        String tag = Long.toString(System.nanoTime() % 100000);
        String typeName = "Warning journey " + tag;
        String area = "Warning Area " + tag;
        long admin = db.resultQuery("select id from app_user where username = ?", ADMIN).fetchOne(0, Long.class);
        long type = db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, absence_warning, created_at, updated_at) values (?, 'MONTHLY', 2, 80, "
                + "false, 'LEFT_OUT', 3, now(), now()) returning id", typeName).fetchOne(0, Long.class);
        long alma = registrant("EW-A" + tag, "Alma Warning " + tag, area);
        long bea = registrant("EW-B" + tag, "Bea Warning " + tag, area);
        long cora = registrant("EW-C" + tag, "Cora Warning " + tag, area);
        // inside the default period (this year, to date) whatever today's date: never before 1 January
        LocalDate today = LocalDate.now();
        List<String> almas = List.of("PRESENT", "PRESENT", "ABSENT");
        for (int i = 0; i < 3; i++) {
            LocalDate held = today.minusDays(3 - i).isBefore(today.withDayOfYear(1)) ? today.withDayOfYear(1)
                    : today.minusDays(3 - i);
            long session = session(type, held, "COMPLETED", area, admin);
            record(session, alma, almas.get(i), admin);
            record(session, bea, "PRESENT", admin);
            record(session, cora, "ABSENT", admin);
        }
        session(type, today, "SCHEDULED", area, admin);

        signInAsAdministrator();
        openMenu("compliance");
        waitForVaadin();
        select("compliance-type", typeName);
        waitForVaadin();
        choose("compliance-area", area);
        waitForVaadin();
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 3);

        // Alma 2 of 3 and Cora 0 of 3: below 80% even after attending the one session left
        select("compliance-warning", "Cannot reach 80% any more");
        waitForVaadin();
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 2);
        assertThat(page.locator("#compliance-warning")).containsText("1 session is left in this period (all areas)");
        assertThat(gridCell("compliance-grid", "Alma Warning " + tag)).isVisible();
        assertThat(gridCell("compliance-grid", "Cora Warning " + tag)).isVisible();
        assertThat(page.locator("#compliance-flag-all")).hasText("Flag all 2 for follow-up");
        page.locator("#compliance-flag-all").click();
        waitForVaadin();
        fill("flag-all-note", "Cannot reach 80%: home visit this week");
        page.locator("#save-flag-all").click();
        waitForVaadin();
        waitForGrid("compliance-grid");
        assertThat(page.locator("#flag-" + alma)).hasAttribute("aria-label",
                Pattern.compile("^Flag for follow-up \\(1 open flag\\)"));
        assertThat(page.locator("#flag-" + cora)).hasAttribute("aria-label",
                Pattern.compile("^Flag for follow-up \\(1 open flag\\)"));
        org.assertj.core.api.Assertions.assertThat(db.resultQuery("select registrant_id from compliance_flag where "
                        + "session_type_id = ? and kind = 'FOLLOW_UP' and note = ? and resolved_at is null order by 1", type,
                "Cannot reach 80%: home visit this week").fetch(0, Long.class))
                .containsExactly(Math.min(alma, cora), Math.max(alma, cora));

        // Bea 3 of 3: compliant only if she attends the session left
        select("compliance-warning", "At risk (one more absence)");
        waitForVaadin();
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 1);
        assertThat(gridCell("compliance-grid", "Bea Warning " + tag)).isVisible();

        select("compliance-warning", "3+ absences in a row");
        waitForVaadin();
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 1);
        assertThat(gridCell("compliance-grid", "Cora Warning " + tag)).isVisible();
        assertThat(page.locator("#compliance-flag-all")).hasText("Flag all 1 for follow-up");
    }

    private long registrant(String externalId, String name, String area) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', ?, now(), now()) returning id", externalId, name, area)
                .fetchOne(0, Long.class);
    }

    private long session(long type, LocalDate date, String status, String area, long facilitator) {
        return db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, area, "
                + "facilitator_id, status, created_at, updated_at) values (?, 'Warning journey', ?, 2, ?, ?, ?, now(), "
                + "now()) returning id", type, date, area, facilitator, status).fetchOne(0, Long.class);
    }

    private void record(long session, long registrant, String status, long by) {
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, now())", session, registrant, status, by);
    }
}
