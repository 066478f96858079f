package org.sessiontracking.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sessiontracking.adapters.web.login.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a session that nobody has used for the idle limit, which signs its user out. The servlet
 * container's own timeout cannot do it alone: an open tab sends Vaadin's heartbeat every few minutes,
 * and every request keeps the container's session alive. So the heartbeat does not count as use
 * here; any other request (a click, a page load, a download) does. Runs before the security context
 * is read from the session.
 * <p>
 * The first request that finds a signed-in session ended for idleness (here, or by the container:
 * {@link IdleSignOuts}) gets a fresh session that tells the sign-in page why
 * ({@link LoginView#SIGNED_OUT_AFTER_IDLE}). That request is usually a click or a heartbeat, to which
 * Vaadin answers "session expired" and the page reloads; the reload goes to the sign-in page.
 */
final class IdleSessionTimeout extends OncePerRequestFilter {

    static final String LAST_USE = IdleSessionTimeout.class.getName() + ".lastUse";
    private static final Logger log = LoggerFactory.getLogger(IdleSessionTimeout.class);

    private final Clock clock;
    private final IdleSignOuts signOuts;

    IdleSessionTimeout(Clock clock, IdleSignOuts signOuts) {
        this.clock = clock;
        this.signOuts = signOuts;
    }

    Duration idleLimit() {
        return signOuts.idleLimit();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signOuts.unusedForTheIdleLimit(session)) {
            log.info("Session ended after {} minutes without use", Duration.between(
                    (Instant) session.getAttribute(LAST_USE), clock.instant()).toMinutes());
            signOuts.ending(session);
            session.invalidate();
            session = null;
        }
        if (session == null) {
            if (signOuts.takeEnded(request.getRequestedSessionId())) {
                request.getSession(true).setAttribute(LoginView.SIGNED_OUT_AFTER_IDLE, signOuts.idleLimit());
            }
        } else if (!isHeartbeat(request)) {
            session.setAttribute(LAST_USE, clock.instant());
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's heartbeat: {@code POST ?v-r=heartbeat}, sent by an open tab on its own. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&v-r=heartbeat&");
    }
}
