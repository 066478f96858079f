package org.sessiontracking.bootstrap.security;

import com.vaadin.flow.spring.SpringServlet;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sessiontracking.adapters.web.login.LoginView;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, session and header rules over real HTTP against the running application: the CSRF token on
 * the sign-in form, the throttle after failed sign-ins, the security headers, the session cookie and
 * the idle timeout.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInAndHeadersHttpTest extends ApplicationTest {

    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");

    @LocalServerPort
    private int port;
    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordHasher hasher;
    @Autowired
    private ApplicationContext context;

    /** A browser of its own: its own cookies, redirects not followed so that they can be looked at. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The id in the session cookie the browser holds now. */
        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .findFirst().orElseThrow().getValue();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the sign-in page and posts the form as the page's login form does, with the page's CSRF token. */
        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page = get("login");
            assertThat(page.statusCode()).isEqualTo(200);
            Map<String, String> meta = new java.util.HashMap<>();
            Matcher tags = META.matcher(page.body());
            while (tags.find()) {
                meta.put(tags.group(1), tags.group(2));
            }
            assertThat(meta).as("the sign-in page carries the CSRF token for its form").containsKeys("_csrf", "_csrf_parameter");
            return post("login", Map.of("username", username, "password", password, meta.get("_csrf_parameter"), meta.get("_csrf")));
        }

        boolean signedIn() throws IOException, InterruptedException {
            HttpResponse<String> home = get("");
            return home.statusCode() == 200;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String newUser(String password) {
        String username = "sec." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(username), "Security Test", hasher.hash(password), Role.STAFF));
        return username;
    }

    @Test
    void theSignInFormWithItsTokenSignsIn() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> signIn = browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).doesNotContain("login");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aSignInPostedWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        Browser browser = new Browser();
        browser.get("login");
        HttpResponse<String> forged = browser.post("login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
        assertThat(location(forged)).endsWith("/login?expired");
        assertThat(browser.signedIn()).isFalse();

        HttpResponse<String> wrongToken = browser.post("login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD,
                "_csrf", "forged-token"));
        assertThat(location(wrongToken)).endsWith("/login?expired");
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void afterThreeWrongPasswordsEvenTheRightOneWaitsThenSignsIn(CapturedOutput log) throws Exception {
        String password = "right-password-1";
        String username = newUser(password);
        Browser stranger = new Browser();
        for (int i = 0; i < 3; i++) {
            assertThat(location(stranger.signIn(username, "guess-" + i))).endsWith("/login?error");
        }
        assertThat(log.getOut()).contains("Failed sign-in for username '" + username + "' from 127.0.0.1: 3 failed in a row")
                .doesNotContain("guess-");

        Browser owner = new Browser();
        HttpResponse<String> refused = owner.signIn(username, password);
        assertThat(location(refused)).matches(".*/login\\?throttled=[0-9]+");
        assertThat(owner.signedIn()).isFalse();
        long seconds = Long.parseLong(location(refused).replaceAll(".*=", ""));
        assertThat(seconds).isEqualTo(1L);

        Thread.sleep(seconds * 1000 + 200); // the throttle's delay itself, not a measurement
        HttpResponse<String> afterTheDelay = owner.signIn(username, password);
        assertThat(location(afterTheDelay)).doesNotContain("login");
        assertThat(owner.signedIn()).isTrue();
        assertThat(log.getOut()).doesNotContain(password);
    }

    @Test
    void everyPageCarriesTheContentSecurityAndReferrerPolicies() throws Exception {
        for (String path : List.of("login", "VAADIN/", "sessions")) {
            HttpResponse<String> response = new Browser().get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "object-src 'none'");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> page = new Browser().get("login");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void noAddressCarriesTheSessionId() throws Exception {
        for (String path : List.of("VAADIN/", "sessions", "config/users", "")) {
            HttpResponse<String> response = new Browser().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        }
        Browser signedIn = new Browser();
        assertThat(location(signedIn.signIn(ADMIN, ADMIN_PASSWORD))).doesNotContainIgnoringCase("jsessionid");
        assertThat(signedIn.get("").body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutUse() throws Exception {
        new Browser().get("login");
        List<IdleSessionTimeout> idleTimeouts = context.getBean(FilterChainProxy.class).getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(IdleSessionTimeout.class::isInstance).map(IdleSessionTimeout.class::cast).toList();
        assertThat(idleTimeouts).singleElement().satisfies(idle ->
                assertThat(idle.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(30)));

        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        assertThat(webapp.getSessionTimeout()).isEqualTo(30);

        ServletRegistrationBean<?> vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .filter(registration -> registration.getServlet() instanceof SpringServlet).findFirst().orElseThrow();
        assertThat(((SpringServlet) vaadin.getServlet()).getService().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }

    @Test
    void theFirstRequestAfterTheContainerEndedAnIdleSessionTellsTheSignInPageWhy() throws Exception {
        Browser officer = new Browser();
        officer.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(officer.signedIn()).isTrue();
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Manager sessions = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
        Session idle = sessions.findSession(officer.sessionId());
        // last used 31 minutes ago, then ended by the container as after its timeout (its listeners see it)
        idle.getSession().setAttribute(IdleSessionTimeout.LAST_USE, Instant.now().minus(Duration.ofMinutes(31)));
        idle.expire();

        HttpResponse<String> next = officer.get("sessions");

        assertThat(location(next)).endsWith("/login");
        assertThat(officer.sessionId()).isNotEqualTo(idle.getIdInternal());
        assertThat(sessions.findSession(officer.sessionId()).getSession().getAttribute(LoginView.SIGNED_OUT_AFTER_IDLE))
                .isEqualTo(Duration.ofMinutes(30));
    }
}
