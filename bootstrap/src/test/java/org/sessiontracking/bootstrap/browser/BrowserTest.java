package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
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
        screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
        context.close();
    }

    /** Saves what the page shows now as target/browser-screenshots/&lt;test class&gt;-&lt;name&gt;.png, to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-screenshots",
                getClass().getSimpleName() + "-" + name + ".png")));
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** How long a sign-in may take on a slow, loaded machine (a CI run on two busy cores) before the test fails. */
    private static final long SIGN_IN_TIMEOUT_MILLIS = 60_000;

    /** How often a sign-in that has not arrived yet looks at the sign-in form again. */
    private static final int SIGN_IN_CHECK_MILLIS = 7_500;

    /** What the page shows while a sign-in has not reached the main layout yet. */
    private enum SignInForm {
        /** The sign-in form is there, both fields empty, nothing refused: the submit never arrived. */
        EMPTY,
        /** The sign-in form is there and says the sign-in was refused (a wrong password, a pause). */
        REFUSED,
        /** Anything else: the submit under way, the next page loading, a field still typed in. */
        BUSY
    }

    /**
     * Signs in through the login form and waits for the main layout. On a slow machine the first
     * submit may take long to arrive: the test keeps waiting as long as the form still holds what was
     * typed or is gone (the next page loading). Only when the form came back empty and unrefused (the
     * submit raced the page's start, or the page had expired) does it type again, as a person would,
     * with the same password; a refused sign-in fails at once, so a retry never repeats a wrong
     * password (failed sign-ins are throttled per account and address).
     */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        waitForVaadin();
        submitLogin(username, password);
        Locator signedIn = page.locator("#current-user");
        long deadline = System.nanoTime() + SIGN_IN_TIMEOUT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            try {
                signedIn.waitFor(new Locator.WaitForOptions().setTimeout(SIGN_IN_CHECK_MILLIS));
                break;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                switch (signInForm()) {
                    case REFUSED -> throw new AssertionError("Signing in as " + username + " was refused: the form"
                            + " came back as " + page.url());
                    case EMPTY -> {
                        waitForVaadin();
                        if (signInForm() == SignInForm.EMPTY) {
                            submitLogin(username, password);
                        }
                    }
                    case BUSY -> {
                        // the first submit is still on its way: typing again now would race it
                    }
                }
            }
        }
        assertThat(signedIn).isVisible();
        waitForVaadin();
    }

    /** The sign-in form's state, read without waiting; a page changing under the reading counts as busy. */
    private SignInForm signInForm() {
        try {
            Locator user = page.locator("#vaadinLoginUsername input");
            Locator secret = page.locator("#vaadinLoginPassword input");
            if (user.count() != 1 || secret.count() != 1) {
                return SignInForm.BUSY;
            }
            String query = java.net.URI.create(page.url()).getRawQuery();
            if (query != null && query.matches("(.*&)?(error|throttled)([=&].*)?")) {
                return SignInForm.REFUSED;
            }
            return user.inputValue(new Locator.InputValueOptions().setTimeout(1_000)).isEmpty()
                    && secret.inputValue(new Locator.InputValueOptions().setTimeout(1_000)).isEmpty()
                    ? SignInForm.EMPTY : SignInForm.BUSY;
        } catch (PlaywrightException changing) {
            return SignInForm.BUSY;
        }
    }

    private void submitLogin(String username, String password) {
        Locator user = page.locator("#vaadinLoginUsername input");
        Locator secret = page.locator("#vaadinLoginPassword input");
        user.fill(username);
        secret.fill(password);
        assertThat(user).hasValue(username);
        assertThat(secret).hasValue(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    /** Waits until the page's Vaadin client has started and has no request under way. */
    protected void waitForVaadin() {
        waitForVaadin(page);
    }

    /** Waits until the Vaadin client of this page (e.g. a second tab) has started and has no request under way. */
    protected static void waitForVaadin(Page tab) {
        tab.waitForFunction("() => " + VAADIN_IDLE);
    }

    /**
     * Waits until the grid has fetched the rows it shows and the page has no request under way. After
     * a filter or a refresh the grid first keeps its old rows and asks for the new ones a moment later:
     * a count read or a click in between meets rows that are being replaced.
     */
    protected void waitForGrid(String gridId) {
        page.waitForFunction("id => { const grid = document.getElementById(id);"
                + " return grid !== null && !grid.loading && " + VAADIN_IDLE + "; }", gridId);
    }

    private static final String VAADIN_IDLE = "window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";

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

    /**
     * Picks an option of a Vaadin select by its id and the option's visible label. Its field is clicked,
     * not the middle of the component, which may be its label or helper text (no overlay opens there);
     * a click that did not open the overlay is tried again.
     */
    protected void select(String selectId, String optionLabel) {
        Locator field = page.locator("#" + selectId + " [part~='input-field']");
        Locator option = page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(optionLabel).setVisible(true)).first();
        for (int attempt = 1; ; attempt++) {
            field.click();
            try {
                option.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (PlaywrightException notOpened) {
                if (attempt == 3) {
                    throw notOpened;
                }
                page.keyboard().press("Escape");
            }
        }
        option.click();
    }

    /** Picks an option of a Vaadin combo box by its id, typing the start of the option to filter. */
    protected void choose(String comboBoxId, String option) {
        Locator input = page.locator("#" + comboBoxId + " input");
        input.click();
        input.fill("");
        input.pressSequentially(option.substring(0, Math.min(4, option.length())));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /**
     * Waits until the grid shows a row whose first cells read {@code expectedCells} (a cell's text is
     * what it shows, e.g. a badge's label), and fails with the row as shown when it does not.
     * The row is found by its first expected cell. Lazy grids re-render rows after each filter
     * change, so this polls instead of reading the row once.
     */
    protected void assertGridRow(String gridId, String... expectedCells) {
        List<String> expected = List.of(expectedCells);
        try {
            page.waitForFunction("([id, expected]) => { const row = (" + ROW_TEXTS + ")(id, expected[0]);"
                    + " return row !== null && expected.every((text, i) => row[i] === text); }",
                    List.of(gridId, expected), new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (PlaywrightException timedOut) {
            Object shown = page.evaluate("([id, first]) => (" + ROW_TEXTS + ")(id, first)", List.of(gridId, expected.getFirst()));
            throw new AssertionError("Grid " + gridId + ": expected a row starting " + expected + " but it shows "
                    + shown, timedOut);
        }
    }

    /**
     * A JavaScript function (grid id, text of a cell) returning the texts of that cell's body row in
     * column order, or null. Vaadin renders cell contents in the light DOM and slots them into the
     * rows of the grid's shadow DOM: the slot tells the row. Rows the grid hides for reuse (after a
     * filter leaves fewer rows) keep their earlier cells: they are passed over.
     */
    private static final String ROW_TEXTS = "(id, first) => {"
            + " const grid = document.getElementById(id); if (!grid) return null;"
            + " const hit = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(cell =>"
            + "   cell.textContent.trim() === first && cell.assignedSlot && cell.assignedSlot.closest('tbody')"
            + "   && !cell.assignedSlot.closest('tr').hidden);"
            + " if (!hit) return null;"
            + " const row = hit.assignedSlot.closest('tr');"
            + " return [...row.querySelectorAll('slot')].map(slot => slot.assignedElements()[0])"
            + "   .map(cell => cell ? cell.textContent.trim() : ''); }";

    /**
     * The grid's visible cell with this text. Rows the grid hides for reuse keep their earlier cells
     * (a session filtered out still has its title there): those are left out.
     */
    protected Locator gridCell(String gridId, String text) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first();
    }
}
