package org.sessiontracking.adapters.web.login;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(LoginView.class)), new HashSet<>(), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static LoginForm open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], pathAndQuery.length == 1 ? QueryParameters.empty()
                : QueryParameters.fromString(pathAndQuery[1]));
        return _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    private static String shownText(LoginForm login) {
        return String.valueOf(login.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void aUserSignedOutForIdlenessIsToldWhyOnce() {
        VaadinService.getCurrentRequest().getWrappedSession().setAttribute(LoginView.SIGNED_OUT_AFTER_IDLE, Duration.ofMinutes(30));

        LoginForm login = open("login");
        assertThat(login.isError()).isTrue();
        assertThat(shownText(login)).contains("You were signed out after 30 minutes without use.", "Sign in again.");

        LoginForm again = open("login?x");
        assertThat(again.isError()).isFalse();
        assertThat(VaadinService.getCurrentRequest().getWrappedSession().getAttribute(LoginView.SIGNED_OUT_AFTER_IDLE)).isNull();
    }

    @Test
    void theLimitIsTheConfiguredOne() {
        VaadinService.getCurrentRequest().getWrappedSession().setAttribute(LoginView.SIGNED_OUT_AFTER_IDLE, Duration.ofMinutes(1));

        assertThat(shownText(open("login"))).contains("You were signed out after 1 minute without use.");
    }

    @Test
    void aPlainVisitSaysNothing() {
        LoginForm login = open("login");
        assertThat(login.isError()).isFalse();
    }

    @Test
    void aWrongPasswordAfterwardsSaysSo() {
        VaadinService.getCurrentRequest().getWrappedSession().setAttribute(LoginView.SIGNED_OUT_AFTER_IDLE, Duration.ofMinutes(30));

        LoginForm login = open("login?error");
        assertThat(login.isError()).isTrue();
        assertThat(shownText(login)).contains("Incorrect username or password").doesNotContain("signed out");
    }
}
