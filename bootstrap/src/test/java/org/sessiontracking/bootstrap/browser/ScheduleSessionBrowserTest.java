package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "Step 2: Create sessions" of the user guide in a real browser against the whole application:
 * navigate to Sessions, click Create, select the Session Type, set the date, location and
 * facilitator, save, and find the session in the grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sessiontracking.database.embedded.data-dir=${java.io.tmpdir}/session-tracking-browser-${random.uuid}",
        "sessiontracking.admin.username=admin",
        "sessiontracking.admin.password=" + ScheduleSessionBrowserTest.PASSWORD,
        // production mode: no Copilot overlay in front of the page
        "vaadin.productionMode=true"})
class ScheduleSessionBrowserTest {

    static final String PASSWORD = "browser-test-1";
    private static final String WAIT_FOR_VAADIN = """
            () => {
              if (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) {
                for (const c in window.Vaadin.Flow.clients) {
                  if (window.Vaadin.Flow.clients[c].isActive()) return false;
                }
              }
              return true;
            }""";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aSessionScheduledAsInStepTwoAppearsInTheSessionsGrid() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        page.setDefaultTimeout(20_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#vaadinLoginUsername input").fill("admin");
        page.locator("#vaadinLoginPassword input").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        settle(page);

        // Navigate to Sessions
        page.locator("#side-nav vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Sessions"))
                .first().click();
        settle(page);
        assertThat(page.locator("#sessions-grid")).isVisible();

        // Click Create
        page.locator("#create-session").click();
        settle(page);

        // Select the Session Type
        chooseInComboBox(page, "#session-type", "Group Meeting");
        // Set the date, location, and facilitator
        Locator date = page.locator("#session-date input");
        date.fill("3/12/2027");
        date.press("Enter");
        settle(page);
        page.locator("#session-location input").fill("Barangay 12");
        page.locator("#session-location input").press("Tab");
        chooseInComboBox(page, "#session-facilitator", "Administrator");
        screenshot(page, "step2-form");

        // Save
        page.locator("#save-session").click();
        settle(page);
        assertThat(page.locator("#session-heading")).hasText("MEETING - March 2027 - Barangay 12");
        assertThat(page.locator("#session-tabs")).containsText("Details");

        // Find it in the grid
        page.locator("#back-to-sessions").click();
        settle(page);
        page.locator("#session-location-filter input").fill("Barangay 12");
        page.locator("#session-location-filter input").press("Enter");
        settle(page);
        Locator cells = page.locator("#sessions-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("MEETING - March 2027 - Barangay 12")))
                .hasCount(1);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Fri 12 Mar 2027"))).hasCount(1);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("Scheduled"))).hasCount(1);
        screenshot(page, "step2-grid");
    }

    private static void chooseInComboBox(Page page, String id, String option) {
        Locator input = page.locator(id + " input");
        input.click();
        input.fill("");
        input.pressSequentially(option.substring(0, 4));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        settle(page);
    }

    private static void settle(Page page) {
        page.waitForFunction(WAIT_FOR_VAADIN);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }
}
