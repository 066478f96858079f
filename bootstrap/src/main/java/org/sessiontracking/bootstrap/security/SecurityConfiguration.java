package org.sessiontracking.bootstrap.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sessiontracking.adapters.web.login.LoginView;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Username;
import org.sessiontracking.domain.common.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Clock;
import java.time.Duration;

/**
 * Sign-in with the users stored in the database. Vaadin's configurer protects the views by their
 * {@code @RolesAllowed}/{@code @PermitAll} annotations; the use cases check the role again through
 * {@link CurrentActor}, so calling one directly does not get around it. Failed sign-ins slow down
 * further attempts ({@link SignInThrottle}); the sign-in form needs the CSRF token; every response
 * carries a Content-Security-Policy and a Referrer-Policy; a session unused for
 * {@code server.servlet.session.timeout} ends ({@link IdleSessionTimeout}; the cookie settings are in
 * application.properties).
 * The operators' health and info endpoints are open; every other actuator path needs a sign-in (and
 * only these two are exposed).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /**
     * What the browser may load and run on our pages. Vaadin Flow's client runs the bootstrap page's
     * inline script and evaluates the JavaScript the server sends ({@code executeJs}), and components
     * set inline styles: hence 'unsafe-inline' and 'unsafe-eval'. Everything else comes from here only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** What operators' monitoring may read without signing in: the overall state and the version, nothing more. */
    static final String[] OPERATOR_ENDPOINTS = {"/actuator/health", "/actuator/info"};

    /** The REST API's description and Swagger UI: no secret (every call they describe needs an API token). */
    static final String[] API_DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, Clock clock,
                                            IdleSignOuts idleSignOuts) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPERATOR_ENDPOINTS).permitAll()
                .requestMatchers(API_DOCUMENTATION).permitAll());
        http.addFilterBefore(new IdleSessionTimeout(clock, idleSignOuts), SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // an address that is no route reaches Vaadin (and its "Page not found") once signed in,
                // instead of being turned back to the sign-in page
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)
                // Vaadin's own CSRF setup exempts the sign-in form; ours below does not
                .enableCsrfConfiguration(false));
        // Vaadin's requests (UIDL, heartbeat, uploads) carry Vaadin's own CSRF token; the sign-in form
        // posts Spring's, which Vaadin puts in the page and the login form sends (a cross-site login fails)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(new ExpiredSignInFormHandler(),
                request -> "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())));
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Also a session listener (Spring Boot registers it with the container): it sees sessions the container ends. */
    @Bean
    IdleSignOuts idleSignOuts(Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration idleLimit) {
        return new IdleSignOuts(clock, idleLimit);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock, ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);
    }

    /** The only authentication provider: the stored users' passwords, behind the sign-in throttle. */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users) {
        return username -> {
            Username name;
            try {
                name = new Username(username);
            } catch (DomainException notAUsername) {
                throw new UsernameNotFoundException("no such user");
            }
            return users.findByUsername(name).map(SignedInUser::new)
                    .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        };
    }

    @Bean
    CurrentActor currentActor(UserRepository users) {
        return new SpringSecurityCurrentActor(users);
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new BCryptPasswordHasher(encoder);
    }
}
