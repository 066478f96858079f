package org.sessiontracking.adapters.web.login;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sign-in page; Spring Security handles the form post to /login (with the CSRF token Vaadin puts
 * in the page). It says why the last attempt was refused: a wrong username or password
 * ({@code ?error}), a pause after too many failures ({@code ?throttled=N}), or an expired page
 * ({@code ?expired}); or, once, why nobody is signed in any more: the session ended after the idle
 * limit without use ({@link #SIGNED_OUT_AFTER_IDLE}).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Session Tracking")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * Session attribute that the security set-up puts in the fresh session of someone whose session
     * ended for idleness: the idle limit, a {@link Duration}. The sign-in page says so once and removes it.
     */
    public static final String SIGNED_OUT_AFTER_IDLE = LoginView.class.getName() + ".signedOutAfterIdle";

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassNames(LumoUtility.Background.CONTRAST_5);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        Icon logo = VaadinIcon.CALENDAR_USER.create();
        logo.setSize("48px");
        logo.addClassNames(LumoUtility.TextColor.PRIMARY);
        Paragraph tagline = new Paragraph("Training and attendance monitoring");
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        add(logo, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        OptionalLong wait = waitSeconds(parameters.getOrDefault("throttled", List.of()));
        Optional<Duration> idleLimit = signedOutAfterIdle();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Session Tracking");
        if (wait.isPresent()) {
            long seconds = wait.getAsLong();
            i18n.getErrorMessage().setTitle("Too many failed sign-ins. Try again in " + seconds
                    + (seconds == 1 ? " second." : " seconds."));
            i18n.getErrorMessage().setMessage("Sign-in pauses after several wrong passwords, to stop password "
                    + "guessing. After the wait the right password signs you in as usual.");
        } else if (parameters.containsKey("expired")) {
            i18n.getErrorMessage().setTitle("The sign-in page had expired");
            i18n.getErrorMessage().setMessage("Nobody was signed in. Please enter your username and password again.");
        } else if (idleLimit.isPresent() && !parameters.containsKey("error")) {
            i18n.getErrorMessage().setTitle("You were signed out after " + inWords(idleLimit.get()) + " without use.");
            i18n.getErrorMessage().setMessage("Sign in again.");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check your username and password and try again. "
                    + "If your account was deactivated, ask your administrator.");
        }
        login.setI18n(i18n);
        login.setError(wait.isPresent() || parameters.containsKey("expired") || parameters.containsKey("error")
                || idleLimit.isPresent());
    }

    /** The idle limit, when the session says its user was just signed out for idleness; said once. */
    private static Optional<Duration> signedOutAfterIdle() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        WrappedSession http = request == null ? null : request.getWrappedSession(false);
        if (http == null || !(http.getAttribute(SIGNED_OUT_AFTER_IDLE) instanceof Duration limit)) {
            return Optional.empty();
        }
        http.removeAttribute(SIGNED_OUT_AFTER_IDLE);
        return Optional.of(limit);
    }

    /** "30 minutes", "1 minute", "2 hours", "90 seconds". */
    private static String inWords(Duration limit) {
        long seconds = limit.toSeconds();
        if (seconds % 3600 == 0 && seconds >= 7200) {
            return seconds / 3600 + " hours";
        }
        if (seconds % 60 == 0 && seconds >= 60) {
            return seconds / 60 + (seconds == 60 ? " minute" : " minutes");
        }
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /** The wait the server sent back ({@code throttled=N}); anything that is not a plausible number of seconds is ignored. */
    private static OptionalLong waitSeconds(List<String> values) {
        if (values.size() != 1 || !values.getFirst().matches("[0-9]{1,5}")) {
            return OptionalLong.empty();
        }
        long seconds = Long.parseLong(values.getFirst());
        return seconds >= 1 && seconds <= 3600 ? OptionalLong.of(seconds) : OptionalLong.empty();
    }
}
