package org.sessiontracking.bootstrap.security;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IdleSessionTimeoutTest {

    private final HandClock clock = new HandClock();
    private final IdleSessionTimeout filter = new IdleSessionTimeout(clock, Duration.ofMinutes(30));
    private final MockHttpSession session = new MockHttpSession();

    private void request(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private void click() throws Exception {
        request("v-r=uidl&v-uiId=0");
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
}
