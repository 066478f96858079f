package org.sessiontracking.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the sign-in form after a refused sign-in: {@code login?error} for a wrong username or
 * password, {@code login?throttled=N} while sign-in waits N seconds after too many failures.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof SignInThrottledException throttled
                ? "/login?throttled=" + throttled.seconds() : "/login?error";
        redirect.sendRedirect(request, response, target);
    }
}
