package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility rule editor on a laptop screen: the preview's results must be reachable and visible. */
class EligibilityRulesJourneyTest extends BrowserTest {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 800;

    @Test
    void thePreviewsResultsAreShownWithinTheWindowAt1366x800() {
        page.setViewportSize(WIDTH, HEIGHT);
        signInAsAdministrator();
        openMenu("eligibility-rules");
        fill("rule-expression", "attendance_rate(\"FDS\") >= 0.8 || age >= 0");
        page.locator("#check-rule").click();
        assertThat(page.locator("#rule-resolutions")).containsText("\"FDS\" → Family Development Session (code FDS)");

        page.locator("#preview-rule").click();
        assertThat(page.locator("#preview-summary")).containsText("registrants:");
        waitForGrid("preview-grid");

        BoundingBox grid = page.locator("#preview-grid").boundingBox();
        assertThat(grid.y).as("the grid's top is inside the window").isGreaterThanOrEqualTo(0);
        assertThat(grid.y + grid.height).as("the grid's bottom is inside the window").isLessThanOrEqualTo(HEIGHT);
        assertThat(grid.height).as("the grid is not squeezed to a sliver").isGreaterThanOrEqualTo(300);
        assertThat(grid.x + grid.width).isLessThanOrEqualTo(WIDTH);
        screenshot("preview-at-1366x800");

        // the panel scrolls as a whole: the rule is back in view by scrolling up, not squeezed
        page.locator("#rule-expression").scrollIntoViewIfNeeded();
        BoundingBox rule = page.locator("#rule-expression").boundingBox();
        assertThat(rule.y).isGreaterThanOrEqualTo(0);
        assertThat(rule.height).isGreaterThanOrEqualTo(100);
    }
}
