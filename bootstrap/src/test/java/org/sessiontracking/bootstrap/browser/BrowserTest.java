package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.assertions.PlaywrightAssertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Whole user journeys in a real Chromium against the running application on a fresh embedded
 * PostgreSQL (see {@link ApplicationTest}). Needs Debian's chromium (see .ci/run).
 */
public abstract class BrowserTest extends ApplicationTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String install = "Browser tests need Chromium at " + CHROMIUM
                    + ": apt-get install -y chromium fonts-liberation (.ci/run does this)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(install);
            }
            Assumptions.abort(install);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 850));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** Keeps a screenshot of how each test ended, in target/browser-screenshots, to look at after a failure. */
    @AfterEach
    void closePage(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-screenshots",
                getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".png")));
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form and waits for the main layout. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        waitForVaadin();
        Locator user = page.locator("#vaadinLoginUsername input");
        Locator secret = page.locator("#vaadinLoginPassword input");
        user.fill(username);
        secret.fill(password);
        assertThat(user).hasValue(username);
        assertThat(secret).hasValue(password);
        page.locator("vaadin-button[slot='submit']").click();
        assertThat(page.locator("#current-user")).isVisible();
        waitForVaadin();
    }

    /** Waits until the page's Vaadin client has started and has no request under way. */
    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Opens a screen through the side navigation, as a user would. */
    protected void openMenu(String path) {
        page.locator("vaadin-side-nav-item[path$='" + path + "']").click();
    }

    protected void signInAsAdministrator() {
        signIn(ADMIN, ADMIN_PASSWORD);
    }

    /** Fills a Vaadin text, number or area field by its id and leaves it, so the value reaches the server. */
    protected void fill(String fieldId, String value) {
        page.locator("#" + fieldId + " input, #" + fieldId + " textarea").first().fill(value);
        page.locator("#" + fieldId + " input, #" + fieldId + " textarea").first().press("Tab");
    }

    /** Picks an option of a Vaadin select by its id and the option's visible label. */
    protected void select(String selectId, String optionLabel) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(optionLabel)).first().click();
    }

    /** The grid's visible cell with exactly this text. */
    protected Locator gridCell(String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
