package org.sessiontracking.bootstrap.browser;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Enrolment in a browser: a registrant who came once and then had no record at the three held sessions
 * of their area is not among "3+ absences in a row" until an administrator enrols their area on the
 * Enrolment screen; then, the type counting missing records as Absent, the warning lists them with their
 * three missing records, and their neighbour who came every time is not listed.
 */
class EnrolmentJourneyTest extends BrowserTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Autowired
    private DSLContext db;

    @Test
    void enrollingAnAreaMakesMissingRecordsARunOfAbsences() {
        String tag = Long.toString(System.nanoTime() % 100000);
        String typeName = "Enrolment journey " + tag;
        String area = "Enrolment Area " + tag;
        long admin = db.resultQuery("select id from app_user where username = ?", ADMIN).fetchOne(0, Long.class);
        db.execute("insert into session_type (name, frequency, duration_hours, required_attendance, topic_tracking, "
                + "excused_policy, absence_warning, missing_record_policy, created_at, updated_at) values (?, 'MONTHLY', "
                + "2, 80, false, 'LEFT_OUT', 3, 'COUNTS_AS_ABSENT', now(), now())", typeName);
        long type = db.resultQuery("select id from session_type where name = ?", typeName).fetchOne(0, Long.class);
        long dana = registrant("EJ-D" + tag, "Dana Enrolled " + tag, area);
        long eli = registrant("EJ-E" + tag, "Eli Enrolled " + tag, area);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 4; i++) {
            long session = db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                    + "area, facilitator_id, status, created_at, updated_at) values (?, 'Enrolment journey', ?, 2, ?, ?, "
                    + "'COMPLETED', now(), now()) returning id", type, today.minusDays(40 - 10L * i), area, admin)
                    .fetchOne(0, Long.class);
            record(session, eli, admin);
            if (i == 0) {
                record(session, dana, admin);
            }
        }

        signInAsAdministrator();
        openWarning(typeName, area);
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 0);

        openMenu("compliance/enrolment");
        waitForVaadin();
        page.locator("#add-enrolment").click();
        waitForVaadin();
        select("enrolment-type", typeName);
        waitForVaadin();
        page.locator("#enrolment-areas input").click();
        page.locator("#enrolment-areas input").pressSequentially(area);
        page.locator("vaadin-multi-select-combo-box-item").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(area)).first().click();
        waitForVaadin();
        page.keyboard().press("Escape");
        page.locator("#enrolment-from input").fill(today.minusDays(60).format(SHOWN));
        page.locator("#enrolment-from input").press("Enter");
        waitForVaadin();
        page.locator("#save-enrolment").click();
        waitForVaadin();
        assertGridRow("enrolments-grid", typeName, "Area: " + area);

        openWarning(typeName, area);
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 1);
        // Present, Absent, Excused, Counted, No record: the three missing records count as Absent
        assertGridRow("compliance-grid", "Dana Enrolled " + tag + " (EJ-D" + tag + ")", area, "", "1", "0", "0", "4",
                "3", "25.0%", "Non-compliant");
        assertThat(page.locator("#compliance-flag-all")).hasText("Flag all 1 for follow-up");
    }

    private void openWarning(String typeName, String area) {
        openMenu("compliance");
        waitForVaadin();
        select("compliance-type", typeName);
        waitForVaadin();
        select("compliance-period", "Last 3 months");
        waitForVaadin();
        choose("compliance-area", area);
        waitForVaadin();
        select("compliance-warning", "3+ absences in a row");
        waitForVaadin();
        waitForGrid("compliance-grid");
    }

    private long registrant(String externalId, String name, String area) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', ?, now(), now()) returning id", externalId, name, area)
                .fetchOne(0, Long.class);
    }

    private void record(long session, long registrant, long by) {
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, 'PRESENT', ?, now())", session, registrant, by);
    }
}
