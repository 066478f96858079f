package org.sessiontracking.bootstrap.browser;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Step 1: Create session types" of the user guide, in the browser; and who may not do it. */
class SessionTypeJourneyTest extends BrowserTest {

    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordHasher hasher;

    @Test
    void anAdministratorCreatesASessionTypeWithTopicsAsInStepOne() {
        signInAsAdministrator();
        // Navigate to Configuration > Session Types
        openMenu("config/session-types");
        assertThat(page.locator("#session-types-grid")).isVisible();
        assertThat(gridCell("session-types-grid", "Family Development Session")).isVisible();

        // Click Create; set the Name, Frequency and Duration; set the Required Attendance percentage
        page.locator("#create-session-type").click();
        fill("type-name", "Skills Training Journey");
        select("type-frequency", "One-time");
        fill("type-duration", "1.5");
        fill("type-required-attendance", "100");
        // Enable Topic Tracking and add topics
        page.locator("#type-topic-tracking input").check();
        for (String topic : new String[]{"Business Skills", "Agriculture", "Digital Literacy"}) {
            page.locator("#new-topic input").fill(topic);
            page.locator("#new-topic input").press("Enter");
            assertThat(gridCell("topics-grid", topic)).isVisible();
        }
        // Save
        page.locator("#save-session-type").click();

        assertThat(page.locator("#session-type-dialog")).isHidden();
        assertThat(gridCell("session-types-grid", "Skills Training Journey")).isVisible();
        assertThat(gridCell("session-types-grid", "One-time")).isVisible();
        assertThat(gridCell("session-types-grid", "1.5 h")).isVisible();

        // Reload: it was stored, with its topics in order
        page.reload();
        assertThat(gridCell("session-types-grid", "Skills Training Journey")).isVisible();
        waitForGrid("session-types-grid");
        gridCell("session-types-grid", "Skills Training Journey").click();
        assertThat(gridCell("topics-grid", "Business Skills")).isVisible();
        assertThat(gridCell("topics-grid", "Digital Literacy")).isVisible();
    }

    /** What the browser itself does to typed input: a number field dropped the '.', a max length cut a paste. */
    @Test
    void typedInputIsKeptAsTypedAndRefusedWithAMessageOnItsField() {
        signInAsAdministrator();
        openMenu("config/session-types");
        page.locator("#create-session-type").click();
        String longName = "Skills Training " + "x".repeat(104);
        page.locator("#type-name input").fill(longName);
        assertThat(page.locator("#type-name input")).hasValue(longName);
        assertThat(page.locator("#type-name")).containsText("120/100: 20 too many");
        page.locator("#type-required-attendance input").fill("");
        page.locator("#type-required-attendance input").pressSequentially("5.5");
        assertThat(page.locator("#type-required-attendance input")).hasValue("5.5");

        page.locator("#save-session-type").click();
        assertThat(page.locator("#type-required-attendance"))
                .containsText("Required attendance is a whole percentage, e.g. 80");

        fill("type-required-attendance", "55");
        page.locator("#save-session-type").click();
        assertThat(page.locator("#type-name")).containsText("Name must be at most 100 characters, got 120");
        assertThat(page.locator("#type-name input")).hasValue(longName); // nothing typed is lost
    }

    @Test
    void staffCannotReachConfiguration() {
        String username = "staff." + System.nanoTime();
        if (users.findByUsername(new Username(username)).isEmpty()) {
            users.add(User.create(users.nextId(), new Username(username), "Field Officer", hasher.hash("staff-password"),
                    Role.STAFF));
        }
        signIn(username, "staff-password");
        assertThat(page.locator("#side-nav")).not().containsText("Session Types");
        assertThat(page.locator("#side-nav")).not().containsText("Configuration");

        page.navigate(url("config/session-types"));
        // the screen is shown before its absence means anything
        waitForVaadin();
        assertThat(page.locator("#current-user")).isVisible();
        assertThat(page.locator("#session-types-grid")).hasCount(0);
        assertThat(page.locator("#create-session-type")).hasCount(0);
    }
}
