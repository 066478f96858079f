package org.sessiontracking.bootstrap.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens under the Content-Security-Policy, the page a role may not open, an unknown address,
 * and the sign-in form's messages, in the browser.
 */
class SecurityJourneyTest extends BrowserTest {

    /** Every violation of the Content-Security-Policy the page reports, collected from its first script on. */
    private static final String COLLECT_VIOLATIONS = "window.__cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + " e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || '')));";

    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordHasher hasher;

    @BeforeEach
    void collectViolations() {
        page.addInitScript(COLLECT_VIOLATIONS);
    }

    private List<?> violations() {
        return (List<?>) page.evaluate("() => window.__cspViolations");
    }

    private String staff() {
        String username = "staff.sec." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(username), "Field Officer", hasher.hash("staff-password"),
                Role.STAFF));
        return username;
    }

    @Test
    void everyScreenOfTheMenuWorksUnderTheContentSecurityPolicy() {
        List<String> consoleErrors = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                consoleErrors.add(message.text());
            }
        });
        signInAsAdministrator();
        assertThat(violations()).isEmpty();
        for (String path : List.of("sessions", "sessions/new", "registrants", "compliance", "eligibility-rules",
                "config/session-types", "config/users")) {
            page.navigate(url(path));
            waitForVaadin();
            assertThat(page.locator("#current-user")).isVisible();
            assertThat(violations()).as(path).isEmpty();
        }
        openMenu("config/session-types");
        page.locator("#create-session-type").click();
        assertThat(page.locator("#type-name")).isVisible();
        waitForVaadin();
        assertThat(violations()).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void staffOpeningTheUsersScreenSeeTheNoAccessPageInsideTheLayout() {
        signIn(staff(), "staff-password");
        page.navigate(url("config/users"));
        assertThat(page.locator("#access-denied-heading")).hasText("You have no access to this page");
        assertThat(page.locator("#access-denied")).containsText("/config/users");
        assertThat(page.locator("#side-nav")).isVisible();
        assertThat(page.locator("#current-user")).isVisible();
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        screenshot("no-access");

        page.locator("#access-denied-home").click();
        assertThat(page.locator("#access-denied")).hasCount(0);
        assertThat(page.locator("#side-nav")).isVisible();
    }

    @Test
    void anUnknownAddressShowsThePageNotFoundInsideTheLayout() {
        signInAsAdministrator();
        page.navigate(url("no-such-screen"));
        assertThat(page.locator("#not-found-heading")).hasText("Page not found");
        assertThat(page.locator("#not-found")).containsText("/no-such-screen");
        assertThat(page.locator("#side-nav")).isVisible();
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        screenshot("not-found");
    }

    /**
     * The pause after the third wrong password lasts one second: on a slow machine, loading the sign-in
     * page again after the third failure (or sending it from a second tab, which runs in the
     * background) can take longer than that. So the third wrong password is posted straight from this
     * page's session, with the sign-in form's own fields and CSRF token, while the form already holds
     * the right password, sent the moment the third failure has come back.
     */
    @Test
    void afterThreeWrongPasswordsTheSignInFormSaysHowLongToWait() {
        String username = staff();
        for (int i = 0; i < 2; i++) {
            page.navigate(url("login"));
            waitForVaadin();
            page.locator("#vaadinLoginUsername input").fill(username);
            page.locator("#vaadinLoginPassword input").fill("wrong-" + i);
            page.locator("vaadin-button[slot='submit']").click();
            assertThat(page.locator("#login-form")).containsText("Incorrect username or password");
        }
        waitForVaadin();
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("staff-password");
        assertThat(page.locator("#vaadinLoginPassword input")).hasValue("staff-password");

        Map<?, ?> csrf = (Map<?, ?>) page.evaluate("() => ({ parameter: document.querySelector('meta[name=_csrf_parameter]')"
                + ".content, token: document.querySelector('meta[name=_csrf]').content })");
        APIResponse third = page.request().post(url("login"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", username).set("password", "wrong-2")
                        .set(csrf.get("parameter").toString(), csrf.get("token").toString())));
        assertThat(third.status()).isEqualTo(302);
        assertThat(third.headers().get("location")).endsWith("/login?error");

        page.locator("vaadin-button[slot='submit']").click();
        assertThat(page.locator("#login-form")).containsText("Too many failed sign-ins. Try again in 1 second.");
        screenshot("throttled");
    }
}
