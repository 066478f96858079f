package org.sessiontracking.bootstrap.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;

/**
 * Checks a sign-in with the {@link SignInThrottle} before the password: during a delay it is refused
 * even with the right password; a wrong password is counted and logged (username, address and the
 * counts, never the password).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = addressOf(attempt);
        Duration wait = throttle.attempt(username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.warn("Sign-in refused for username '{}' from {}: too many failed sign-ins, {} s to wait",
                    printable(username), address, seconds);
            throw new SignInThrottledException(seconds);
        }
        Authentication signedIn;
        try {
            signedIn = passwordCheck.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(address);
            SignInThrottle.Counts counts = throttle.failures(username, address);
            log.warn("Failed sign-in for username '{}' from {}: {} failed in a row for this username, {} from this address",
                    printable(username), address, counts.account(), counts.address());
            throw wrong;
        } catch (RuntimeException other) {
            throttle.notAFailure(username);
            throw other;
        }
        if (signedIn == null) {
            throttle.notAFailure(username);
        } else {
            throttle.succeeded(username);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "an unknown address";
    }

    /** What someone typed as a username, safe for one log line: no line breaks or control characters, at most 60. */
    static String printable(String username) {
        String shown = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "..." : shown;
    }
}
