package org.sessiontracking.bootstrap.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a day, the ids of signed-in sessions that ended because nobody used them for the
 * idle limit, so that the next request with such an id can be told why it finds nobody signed in
 * ({@link IdleSessionTimeout}). A session ends that way in two places: {@link IdleSessionTimeout}
 * ends one when a request comes after the limit (an open tab), and the servlet container ends one
 * that got no request at all for its timeout (a closed tab, a computer asleep); this listener sees
 * the second. A sign-out or a session that was never signed in is not remembered.
 */
final class IdleSignOuts implements HttpSessionListener {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int MOST_KEPT = 10_000;

    private final Clock clock;
    private final Duration idleLimit;
    private final Map<String, Instant> ended = new ConcurrentHashMap<>();

    IdleSignOuts(Clock clock, Duration idleLimit) {
        this.clock = clock;
        this.idleLimit = idleLimit;
    }

    Duration idleLimit() {
        return idleLimit;
    }

    /** True when the session was last used (a request other than Vaadin's heartbeat) the idle limit ago or longer. */
    boolean unusedForTheIdleLimit(HttpSession session) {
        return session.getAttribute(IdleSessionTimeout.LAST_USE) instanceof Instant lastUse
                && !clock.instant().isBefore(lastUse.plus(idleLimit));
    }

    /** Notes that this session, about to end for idleness, had someone signed in. */
    void ending(HttpSession session) {
        if (!signedIn(session)) {
            return;
        }
        Instant now = clock.instant();
        ended.values().removeIf(at -> at.isBefore(now.minus(KEPT)));
        if (ended.size() < MOST_KEPT) {
            ended.put(session.getId(), now);
        }
    }

    /** True, once, when the session of this id was signed in and ended for idleness. */
    boolean takeEnded(String sessionId) {
        return sessionId != null && ended.remove(sessionId) != null;
    }

    /** The container ends a session after its timeout without any request, or when it is invalidated. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (unusedForTheIdleLimit(session)) {
            ending(session);
        }
    }

    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.isAuthenticated();
    }
}
