package org.sessiontracking.bootstrap.browser;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.graduation.ModuleSessions;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Use case 2 of the user guide, "Skills training program", up to its graduation: a one-time Skills
 * Training type at 100% with a topic per module, four module sessions; Ana attended every module, Ben
 * was excused from Module 3 (so the compliance list shows him Compliant: excused absences are left
 * out). The attendance is arranged through the storage ports (the Attendance tab has its own journeys);
 * then, through the screens only, an administrator creates a pathway whose required criterion is
 * curriculum completion, sees Ana ready and Ben not, graduates Ana, is refused graduating Ben without a
 * reason, and revokes Ana's graduation with a reason, which stays readable.
 */
class UseCaseTwoGraduationJourneyTest extends BrowserTest {

    @Autowired private SessionTypeRepository types;
    @Autowired private UserRepository users;
    @Autowired private RegistrantRepository registrants;
    @Autowired private RegistrantImportStore imports;
    @Autowired private SessionRepository sessions;
    @Autowired private AttendanceRepository attendance;
    @Autowired private ComplianceFlagRepository flags;
    @Autowired private org.sessiontracking.application.user.port.out.PasswordHasher hasher;

    private SessionType skills;
    private RegistrantId ana;
    private RegistrantId ben;
    private String tag;

    private void arrangeUseCaseTwo() {
        StoredData data = new StoredData(new StoragePorts(types, users, registrants, imports, sessions, attendance,
                flags));
        tag = data.unique("UC2");
        UserId trainer = data.user("Trainer " + tag);
        skills = data.sessionType("Skills Training", 100, ExcusedPolicy.LEFT_OUT,
                List.of("Module 1", "Module 2", "Module 3", "Module 4"));
        ana = data.registrant("Ana Reyes " + tag, "Barangay " + tag);
        ben = data.registrant("Ben Cruz " + tag, "Barangay " + tag);
        ModuleSessions.held(data, skills, LocalDate.of(2026, 3, 2), trainer, List.of(ana, ben), (who, module) ->
                who.equals(ben) && module.name().equals("Module 3") ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.PRESENT);
    }

    @Test
    void aSkillsTrainingPathwayGraduatesWhoAttendedEveryModuleAndNotWhoWasExcusedFromOne() {
        arrangeUseCaseTwo();
        String anaName = "Ana Reyes " + tag;
        String benName = "Ben Cruz " + tag;
        signInAsAdministrator();
        openMenu("graduation");
        waitForVaadin();

        // Configure the pathway: one required criterion, curriculum completion of Skills Training
        page.locator("#new-pathway").click();
        fill("pathway-name", "Skills Training graduation " + tag);
        fill("pathway-description", "Must complete all modules");
        fill("criterion-0-label", "All modules completed");
        select("criterion-0-kind", "Curriculum completed");
        select("criterion-0-type", skills.name());
        assertThat(page.locator("#criterion-0-required input")).isChecked();
        waitForVaadin();
        screenshot("1-pathway");
        page.locator("#save-pathway").click();
        assertThat(page.locator("#save-pathway")).hasCount(0);
        waitForGrid("readiness-grid");

        // Who is ready: Ana attended every module; Ben's Module 3 is missing although he was excused
        assertThat(page.locator("#readiness-total")).hasText("2 registrants");
        assertRow(anaName, "100.0%", "Ready", "4 of 4 topics");
        assertRow(benName, "75.0%", "Not ready", "3 of 4 topics; missing Module 3");
        screenshot("2-readiness");

        select("readiness-filter", "Ready to graduate");
        waitForGrid("readiness-grid");
        assertThat(page.locator("#readiness-total")).hasText("1 registrant");

        // Graduate Ana: ready, so no reason needed
        tick(anaName);
        page.locator("#graduate-selected").click();
        assertThat(page.locator("#graduate-summary")).containsText("1 ready, 0 not ready");
        page.locator("#graduation-date input").fill("6/30/2026");
        page.locator("#graduation-date input").press("Enter");
        page.locator("#confirm-graduate").click();
        assertThat(page.locator("#confirm-graduate")).hasCount(0);
        waitForGrid("readiness-grid");
        assertThat(page.locator("#readiness-total")).hasText("0 registrants");
        select("readiness-filter", "Graduated");
        waitForGrid("readiness-grid");
        assertRow(anaName, "Graduated 2026-06-30");

        // Ben is not ready: graduating him needs a reason, and without one nothing is stored
        select("readiness-filter", "Not ready yet");
        waitForGrid("readiness-grid");
        tick(benName);
        page.locator("#graduate-selected").click();
        assertThat(page.locator("#graduate-summary")).containsText("0 ready, 1 not ready");
        page.locator("#confirm-graduate").click();
        assertThat(page.locator("#graduation-reason")).containsText(benName
                + " is not ready: give the reason for graduating anyway");
        screenshot("3-reason-needed");
        page.locator("#cancel-graduate").click();
        assertRow(benName, "Not ready");

        // Revoke Ana's graduation: the record stays, with the criteria as they stood and the reason
        select("readiness-filter", "Graduated");
        waitForGrid("readiness-grid");
        page.locator("#readiness-details-" + ana.value()).click();
        assertThat(page.locator("#registrant-graduation")).containsText("Graduated on 2026-06-30, recorded by");
        assertThat(page.locator("#registrant-graduation")).containsText("All modules completed (Curriculum, "
                + "required, weight 1): 4 of 4 topics");
        page.locator("[id^=revoke-]").first().click();
        fill("revoke-reason", "Recorded before the final assessment");
        page.locator("#confirm-revoke").click();
        assertThat(page.locator("#confirm-revoke")).hasCount(0);
        waitForGrid("readiness-grid");
        select("readiness-filter", "Everyone on the list");
        waitForGrid("readiness-grid");
        assertRow(anaName, "Ready (revoked)");
        page.locator("#readiness-details-" + ana.value()).click();
        assertThat(page.locator("#registrant-graduation")).containsText("Revoked by");
        assertThat(page.locator("#registrant-graduation")).containsText("Recorded before the final assessment");
        screenshot("4-revoked");

        // A viewer (an auditor) reads the same list and its records, and is offered nothing to change
        String auditor = "auditor." + tag.toLowerCase(java.util.Locale.ROOT);
        users.add(org.sessiontracking.domain.user.User.create(users.nextId(),
                new org.sessiontracking.domain.user.Username(auditor), "Auditor " + tag, hasher.hash("auditor-password-1"),
                org.sessiontracking.domain.user.Role.VIEWER));
        page.context().clearCookies();
        signIn(auditor, "auditor-password-1");
        openMenu("graduation");
        waitForVaadin();
        select("pathway", "Skills Training graduation " + tag);
        waitForGrid("readiness-grid");
        assertRow(anaName, "Ready (revoked)");
        assertThat(page.locator("#graduate-selected")).hasCount(0);
        assertThat(page.locator("#new-pathway")).hasCount(0);
        page.locator("#readiness-details-" + ana.value()).click();
        assertThat(page.locator("#registrant-graduation")).containsText("Recorded before the final assessment");
        assertThat(page.locator("[id^=revoke-]")).hasCount(0);
        assertThat(page.locator("[id^=assess-]")).hasCount(0);
        screenshot("5-viewer");
    }

    /** JavaScript: the cells' texts of the visible body row whose first text cell starts with the name, or null. */
    private static final String ROW = "(id, name) => { const grid = document.getElementById(id);"
            + " const hit = grid && [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c =>"
            + "   c.textContent.trim().startsWith(name) && c.assignedSlot && c.assignedSlot.closest('tbody')"
            + "   && !c.assignedSlot.closest('tr').hidden);"
            + " return hit ? [...hit.assignedSlot.closest('tr').querySelectorAll('slot')]"
            + "   .map(slot => slot.assignedElements()[0]).map(cell => cell ? cell.textContent.trim() : '') : null; }";

    /** Waits until the registrant's row shows each of the texts in one of its cells. */
    private void assertRow(String name, String... texts) {
        try {
            page.waitForFunction("([id, name, texts]) => { const row = (" + ROW + ")(id, name);"
                    + " return row !== null && texts.every(text => row.some(cell => cell === text || cell.startsWith(text))); }",
                    List.of("readiness-grid", name, List.of(texts)));
        } catch (com.microsoft.playwright.PlaywrightException timedOut) {
            throw new AssertionError("row of " + name + " should show " + List.of(texts) + " but shows "
                    + page.evaluate("([id, name]) => (" + ROW + ")(id, name)", List.of("readiness-grid", name)), timedOut);
        }
    }

    /** Ticks the row's selection checkbox. */
    private void tick(String name) {
        page.waitForFunction("([id, name]) => (" + ROW + ")(id, name) !== null", List.of("readiness-grid", name));
        page.evaluate("([id, name]) => { const grid = document.getElementById(id);"
                + " const hit = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c =>"
                + "   c.textContent.trim().startsWith(name) && c.assignedSlot && !c.assignedSlot.closest('tr').hidden);"
                + " const first = hit.assignedSlot.closest('tr').querySelector('slot').assignedElements()[0];"
                + " first.querySelector('vaadin-checkbox').click(); }", List.of("readiness-grid", name));
        waitForVaadin();
    }
}
