package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Step 2: Create sessions" of the user guide, in the browser. */
class SessionJourneyTest extends BrowserTest {

    @Test
    void aSessionScheduledAsInStepTwoAppearsInTheSessionsGrid() {
        signInAsAdministrator();
        // Navigate to Sessions
        openMenu("sessions");
        assertThat(page.locator("#sessions-grid")).isVisible();

        // Click Create
        page.locator("#create-session").click();
        // Select the Session Type
        choose("session-type", "Group Meeting");
        // Set the date, location, and facilitator
        page.locator("#session-date input").fill("3/12/2027");
        page.locator("#session-date input").press("Enter");
        fill("session-location", "Barangay 12 journey");
        choose("session-facilitator", "Administrator");
        // Save
        page.locator("#save-session").click();

        assertThat(page.locator("#session-heading")).hasText("MEETING - March 2027 - Barangay 12 journey");
        assertThat(page.locator("#session-status-bar")).containsText("Scheduled");

        // Find it in the grid
        page.locator("#back-to-sessions").click();
        assertThat(page.locator("#sessions-grid")).isVisible();
        fill("session-location-filter", "Barangay 12 journey");
        // the location filter answers once typing pauses, and the grid then fetches its rows anew:
        // until both have happened it shows every session (several of them scheduled)
        assertThat(page.locator("#sessions-grid")).hasJSProperty("size", 1);
        waitForGrid("sessions-grid");
        assertThat(gridCell("sessions-grid", "MEETING - March 2027 - Barangay 12 journey")).isVisible();
        assertThat(gridCell("sessions-grid", "12 Mar 2027")).isVisible();
        // rows the grid keeps hidden for reuse may still hold an earlier session's cells: count the shown ones
        assertThat(page.locator("#sessions-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Scheduled").setVisible(true))).hasCount(1);
    }
}
