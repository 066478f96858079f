package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Use case 1 of the user guide, "Conditional cash transfer compliance", through the screens only:
 * an administrator creates an FDS type (monthly, 80%, topics Nutrition, Education, Financial
 * Literacy, Health), schedules five monthly sessions as a series, gives each its topic, runs them
 * and records their attendance, then reads the compliance list. The people come from the
 * Registrants CSV import screen. Names and codes carry a tag so the journey can run again in the
 * shared application; the sessions lie in 2025, and the compliance period is set by hand to match.
 */
class UseCaseOneJourneyTest extends BrowserTest {

    private final String tag = Long.toString(System.nanoTime() % 1_679_616, 36).toUpperCase(Locale.ROOT);
    private final String typeName = "FDS " + tag;
    private final String code = "FDS-" + tag;
    private final String area = "Barangay UC1-" + tag;
    private final String location = "Covered court " + tag;
    private final String ana = "UC1-" + tag + "-ANA";
    private final String ben = "UC1-" + tag + "-BEN";
    private final String carla = "UC1-" + tag + "-CARLA";

    @Test
    void fdsAtEightyPercentWithMonthlySessionsTellsWhoIsCompliant() {
        signInAsAdministrator();
        importRegistrants();
        createFdsType();
        scheduleMonthlySeries();

        // Attendance over five months: Ana 4 of 5 (80%: compliant, exactly), Ben 3 of 5 (60%: not),
        // Carla 3 present and 2 excused (excused are left out: 3 of 3, compliant)
        runSession("January", "Nutrition", Map.of());
        runSession("February", "Education", Map.of(ben, "Absent"));
        runSession("March", "Financial Literacy", Map.of(carla, "Excused"));
        runSession("April", "Health", Map.of(ben, "Absent", carla, "Excused"));
        runSession("May", "Nutrition", Map.of(ana, "Absent"));

        // The five months in the Sessions grid: one topic each (Nutrition again in May), all held
        openMenu("sessions");
        waitForVaadin();
        fill("session-location-filter", location);
        page.waitForFunction("() => document.querySelector('#sessions-grid').size === 5");
        String[][] months = {{"January", "15 Jan 2025", "Nutrition"}, {"February", "15 Feb 2025", "Education"},
                {"March", "15 Mar 2025", "Financial Literacy"}, {"April", "15 Apr 2025", "Health"},
                {"May", "15 May 2025", "Nutrition"}};
        for (String[] month : months) {
            assertGridRow("sessions-grid", title(month[2], month[0]), typeName, month[1], location, "Administrator",
                    month[2], "Completed", "3");
        }
        screenshot("5-sessions");

        // Use attendance data in program compliance checks
        openMenu("compliance");
        waitForVaadin();
        select("compliance-type", typeName);
        waitForVaadin();
        setDate("compliance-from", "1/1/2025");
        setDate("compliance-to", "6/30/2025");
        assertThat(page.locator("#compliance-period")).containsText("Custom");
        assertThat(page.locator("#total-compliant")).hasText("Compliant: 2");
        assertThat(page.locator("#total-non-compliant")).hasText("Non-compliant: 1");
        assertThat(page.locator("#total-no-data")).hasText("No data: 0");
        assertThat(page.locator("#total-not-required")).hasText("Not required: 0");
        //            registrant                        area  group present absent excused counted rate status
        assertGridRow("compliance-grid", "Ana Reyes (" + ana + ")", area, "", "4", "1", "0", "5", "80.0%", "Compliant");
        assertGridRow("compliance-grid", "Ben Cruz (" + ben + ")", area, "", "3", "2", "0", "5", "60.0%",
                "Non-compliant");
        assertGridRow("compliance-grid", "Carla Lim (" + carla + ")", area, "", "3", "0", "2", "3", "100.0%",
                "Compliant");
        assertThat(page.locator("#compliance-grid")).hasJSProperty("size", 3);
        screenshot("6-compliance");

    }

    /** The people: three individuals of one barangay, through Registrants > Import CSV. */
    private void importRegistrants() {
        openMenu("registrants");
        page.locator("#import-registrants").click();
        String csv = "external_id,full_name,kind,group_external_id,area,sex,birth_date\n"
                + ana + ",Ana Reyes,INDIVIDUAL,," + area + ",FEMALE,1988-04-02\n"
                + ben + ",Ben Cruz,INDIVIDUAL,," + area + ",MALE,1979-10-21\n"
                + carla + ",Carla Lim,INDIVIDUAL,," + area + ",FEMALE,1993-01-30\n";
        page.locator("#registrants-upload input[type=file]").setInputFiles(new FilePayload("uc1-registrants.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-outcome")).containsText("Imported 3 registrants: 3 created");
        page.locator("#close-import").click();
        waitForVaadin();
    }

    /** Create an "FDS" session type with monthly frequency, 80% required, and its four topics. */
    private void createFdsType() {
        openMenu("config/session-types");
        page.locator("#create-session-type").click();
        fill("type-name", typeName);
        fill("type-code", code);
        fill("type-description", "Family welfare education for conditional cash transfer beneficiaries");
        select("type-frequency", "Monthly");
        fill("type-duration", "2");
        fill("type-required-attendance", "80");
        page.locator("#type-topic-tracking input").check();
        for (String topic : new String[]{"Nutrition", "Education", "Financial Literacy", "Health"}) {
            page.locator("#new-topic input").fill(topic);
            page.locator("#new-topic input").press("Enter");
            assertThat(gridCell("topics-grid", topic)).isVisible();
        }
        waitForVaadin();
        screenshot("1-session-type");
        page.locator("#save-session-type").click();
        assertThat(page.locator("#session-type-dialog")).isHidden();
        assertThat(gridCell("session-types-grid", typeName)).isVisible();
        waitForVaadin();
    }

    /** Create monthly sessions: the session form, then "Schedule series…" with five dates from the type's frequency. */
    private void scheduleMonthlySeries() {
        openMenu("sessions");
        page.locator("#create-session").click();
        choose("session-type", typeName);
        setDate("session-date", "1/15/2025");
        fill("session-location", location);
        fill("session-area", area);
        assertThat(page.locator("#session-facilitator input")).hasValue("Administrator");
        choose("session-topic", "Nutrition");
        waitForVaadin();
        page.locator("#schedule-series").click();
        assertThat(page.locator("#series-summary")).isVisible();
        fill("series-count", "5");
        assertThat(page.locator("#series-summary")).hasText("5 sessions:");
        assertThat(page.locator("#series-dates")).containsText("Wed 15 Jan 2025");
        assertThat(page.locator("#series-dates")).containsText("Thu 15 May 2025");
        waitForVaadin();
        screenshot("2-series");
        page.locator("#confirm-series").click();
        assertThat(page.locator("#sessions-grid")).isVisible();
        waitForVaadin();
    }

    /**
     * One month's session: opened from the Sessions grid, its topic set on the Details tab, started,
     * everybody of the barangay added as Present in the Attendance tab, the exceptions marked,
     * saved, and the session completed.
     */
    private void runSession(String month, String topic, Map<String, String> exceptions) {
        String title = title("Nutrition", month);
        openMenu("sessions");
        waitForVaadin();
        fill("session-location-filter", location);
        // the location filter answers once typing pauses: wait for its five rows before clicking one
        page.waitForFunction("() => document.querySelector('#sessions-grid').size === 5");
        waitForGrid("sessions-grid");
        gridCell("sessions-grid", title).click();
        assertThat(page.locator("#session-heading")).hasText(title);
        waitForVaadin();

        if (!"Nutrition".equals(topic)) {
            choose("session-topic", topic);
            page.locator("#save-session").click();
            waitForVaadin();
            assertThat(page.locator("#session-topic input")).hasValue(topic);
            // the default title names the topic, so it follows the change
            assertThat(page.locator("#session-heading")).hasText(title(topic, month));
        }
        page.locator("#start-session").click();
        assertThat(page.locator("#session-status-bar")).containsText("In progress");
        waitForVaadin();

        page.locator("#session-tabs vaadin-tab").filter(new Locator.FilterOptions().setHasText("Attendance")).click();
        assertThat(page.locator("#attendance-grid")).isVisible();
        page.locator("#add-registrants").click();
        page.locator("#add-mode vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("A whole area"))
                .click();
        waitForVaadin();
        choose("area-picker", area);
        waitForVaadin();
        page.locator("#add-confirm").click();
        assertThat(page.locator("#add-registrants-dialog")).hasCount(0);
        assertThat(page.locator("#attendance-counts")).hasText("Present 3 · Absent 0 · Excused 0");
        assertThat(page.locator("#attendance-rate")).hasText("Rate 100.0% (excused left out)");
        // the records are stored at once: the page's header says so too
        assertThat(page.locator("#session-attendance-count")).hasText("3 attendance records");

        exceptions.forEach((externalId, status) -> {
            page.locator("#status-" + externalId + " vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText(status)).click();
            waitForVaadin();
            if ("Excused".equals(status)) {
                fill("reason-" + externalId, "Sick child");
            }
        });
        waitForVaadin();
        assertThat(page.locator("#unsaved-changes")).hasText(exceptions.isEmpty() ? "All changes saved"
                : exceptions.size() + (exceptions.size() == 1 ? " unsaved change" : " unsaved changes"));
        if ("April".equals(month)) {
            screenshot("3-attendance");

        }
        if (!exceptions.isEmpty()) {
            page.locator("#save-attendance").click();
            assertThat(page.locator("#unsaved-changes")).hasText("All changes saved");
        }
        waitForVaadin();

        page.locator("#complete-session").click();
        assertThat(page.locator("#session-status-bar")).containsText("Completed");
        assertThat(page.locator("#session-attendance-count")).hasText("3 attendance records");
        waitForVaadin();
        if ("May".equals(month)) {
            screenshot("4-completed-session");
        }
    }

    /** The default title of the month's session on this topic (the series gives them all Nutrition first). */
    private String title(String topic, String month) {
        return code + " - " + topic + " - " + month + " 2025 - " + location;
    }

    /** Types a date into a Vaadin date picker (the browser's locale is en-US) and commits it. */
    private void setDate(String datePickerId, String date) {
        Locator input = page.locator("#" + datePickerId + " input");
        input.fill(date);
        input.press("Enter");
        waitForVaadin();
    }
}
