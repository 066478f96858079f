package org.sessiontracking.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * A sign-in posted without a valid CSRF token (from another site, or from a sign-in page left open
 * until its session expired) signs nobody in: the browser goes back to a fresh sign-in form, which
 * says so, instead of a bare "403 Forbidden".
 */
final class ExpiredSignInFormHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        new DefaultRedirectStrategy().sendRedirect(request, response, "/login?expired");
    }
}
