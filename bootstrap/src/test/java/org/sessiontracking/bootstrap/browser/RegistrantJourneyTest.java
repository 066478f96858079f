package org.sessiontracking.bootstrap.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A manager's first import: upload the documented sample CSV, see the counts, find a registrant, open it. */
class RegistrantJourneyTest extends BrowserTest {

    @Test
    void anAdministratorImportsTheSampleAndFindsARegistrant() {
        signInAsAdministrator();
        openMenu("registrants");
        assertThat(page.locator("#registrants-grid")).isVisible();

        page.locator("#import-registrants").click();
        assertThat(page.locator("#registrants-sample")).hasAttribute("download", "");
        page.locator("#registrants-upload input[type=file]")
                .setInputFiles(Path.of("..", "docs", "samples", "registrants.csv"));
        assertThat(page.locator("#import-outcome"))
                .containsText("Imported 13 registrants: 13 created, 0 updated, 0 unchanged.");
        page.locator("#close-import").click();

        fill("registrant-search", "peña");
        assertThat(page.locator("#registrant-count")).hasText("1 registrant");
        assertThat(gridCell("registrants-grid", "IND-2024-0006")).isVisible();
        gridCell("registrants-grid", "IND-2024-0006").click();
        assertThat(page.locator("#registrant-full-name input")).hasValue("Peña, María José (called Majo)");
        assertThat(page.locator("#registrant-household input")).hasValue("Dela Cruz Household (HH-2024-0002)");
    }
}
