package org.sessiontracking.bootstrap.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.login.LoginView;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdleSessionTimeoutTest {

    private final HandClock clock = new HandClock();
    private final IdleSignOuts signOuts = new IdleSignOuts(clock, Duration.ofMinutes(30));
    private final IdleSessionTimeout filter = new IdleSessionTimeout(clock, signOuts);
    private final MockHttpSession session = new MockHttpSession();

    private MockHttpServletRequest request(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        request.setRequestedSessionId(session.getId());
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    /** A request that comes with the cookie of a session the container no longer has. */
    private MockHttpServletRequest requestWithTheCookieOf(HttpSession ended) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sessions/4");
        request.setRequestedSessionId(ended.getId());
        request.setRequestedSessionIdValid(false);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return request;
    }

    private void signIn() {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("officer", null,
                        List.of(new SimpleGrantedAuthority("ROLE_STAFF")))));
    }

    private static Object signInPageNote(MockHttpServletRequest request) {
        HttpSession fresh = request.getSession(false);
        return fresh == null ? null : fresh.getAttribute(LoginView.SIGNED_OUT_AFTER_IDLE);
    }

    private MockHttpServletRequest click() throws Exception {
        return request("v-r=uidl&v-uiId=0");
    }

    private void heartbeat() throws Exception {
        request("v-r=heartbeat&v-uiId=0");
    }

    @Test
    void aSessionInUseStaysOpen() throws Exception {
        click();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(29));
            click();
        }
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionUnusedForThirtyMinutesEndsEvenWhileTheTabSendsHeartbeats() throws Exception {
        click();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat();
        }
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofMinutes(5));
        heartbeat();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theFirstRequestAfterTheIdleLimitFindsTheSessionEnded() throws Exception {
        click();
        clock.advance(Duration.ofMinutes(31));
        click();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aRequestWithoutASessionStartsNone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        HttpSession none = request.getSession(false);
        assertThat(none).isNull();
    }

    @Test
    void theRequestThatEndsASignedInSessionLeavesAFreshOneTellingTheSignInPageWhy() throws Exception {
        signIn();
        click();
        clock.advance(Duration.ofMinutes(31));

        MockHttpServletRequest after = click();

        assertThat(session.isInvalid()).isTrue();
        assertThat(signInPageNote(after)).isEqualTo(Duration.ofMinutes(30));
        assertThat(after.getSession(false)).isNotSameAs(session);
    }

    @Test
    void aSessionNobodyWasSignedInToEndsWithoutANote() throws Exception {
        click();
        clock.advance(Duration.ofMinutes(31));

        MockHttpServletRequest after = click();

        assertThat(session.isInvalid()).isTrue();
        assertThat(signInPageNote(after)).isNull();
    }

    @Test
    void aSessionTheContainerEndedAfterTheLimitIsExplainedOnceToTheNextRequestWithItsCookie() throws Exception {
        signIn();
        click();
        clock.advance(Duration.ofMinutes(30));
        signOuts.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(signInPageNote(requestWithTheCookieOf(session))).isEqualTo(Duration.ofMinutes(30));
        assertThat(signInPageNote(requestWithTheCookieOf(session))).isNull();
    }

    @Test
    void aSignOutIsNotTakenForIdleness() throws Exception {
        signIn();
        click();
        clock.advance(Duration.ofMinutes(5));
        click();
        signOuts.sessionDestroyed(new HttpSessionEvent(session));

        MockHttpServletRequest next = requestWithTheCookieOf(session);
        assertThat(signInPageNote(next)).isNull();
        assertThat(next.getSession(false)).isNull();
    }
}
