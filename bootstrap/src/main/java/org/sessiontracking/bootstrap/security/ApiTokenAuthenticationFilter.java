package org.sessiontracking.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sessiontracking.application.apitoken.port.in.AuthenticateApiTokenUseCase;
import org.sessiontracking.domain.user.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs every API call in with its {@code Authorization: Bearer <token>} header, for this call only
 * (no session, no cookie): the call then acts as the token's user through the same {@code CurrentActor}
 * as the screens, so every use case makes the same checks. The token and its user are looked up on
 * every call: a revoked token or a deactivated user is refused at the next call. Refused tokens are
 * counted per address and slow that address down like failed sign-ins ({@link SignInThrottle}).
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final AuthenticateApiTokenUseCase tokens;
    private final SignInThrottle throttle;
    private final ObjectProvider<SecurityContextHolderStrategy> contexts;
    private final SecurityContextHolderStrategy builtWith;

    ApiTokenAuthenticationFilter(AuthenticateApiTokenUseCase tokens, SignInThrottle throttle,
                                 ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.contexts = contexts;
        this.builtWith = SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            unauthorized(request, response, "This call needs an API token: send the header 'Authorization: Bearer "
                    + "<token>'. Create a token in the application under My API tokens.");
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(request, response, "The Authorization header must be 'Bearer <token>'");
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.addressWait(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.warn("API call refused from {}: too many unknown or revoked API tokens, {} s to wait", address, seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ApiProblems.write(request, response, 429, "Too Many Requests",
                    "Too many calls with an unknown or revoked API token from your address. Try again in "
                            + seconds + " seconds.");
            return;
        }
        Optional<User> user = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            throttle.failed(address);
            log.warn("API call refused from {}: unknown or revoked API token, or its user is deactivated ({} refused "
                    + "from this address)", address, throttle.failures("", address).address());
            unauthorized(request, response, "The API token is not valid: it is unknown or revoked, or its user is "
                    + "deactivated");
            return;
        }
        SignedInUser principal = new SignedInUser(user.get());
        // The chain's other filters read the security context through the strategy they were built with;
        // Vaadin installs its own (a bean, and the JVM-wide holder) later, and another application context
        // in the same JVM (tests) may install its own again. The signed-in user is put in each of them for
        // the call, so that whichever a later filter reads, it finds the token's user.
        Set<SecurityContextHolderStrategy> strategies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        strategies.add(builtWith);
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
        SecurityContextHolderStrategy bean = contexts.getIfUnique();
        if (bean != null) {
            strategies.add(bean);
        }
        for (SecurityContextHolderStrategy strategy : strategies) {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            strategy.setContext(context);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            strategies.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"session-tracking\"");
        ApiProblems.write(request, response, 401, "Unauthorized", detail);
    }
}
