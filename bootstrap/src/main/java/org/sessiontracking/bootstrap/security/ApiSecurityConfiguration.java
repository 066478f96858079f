package org.sessiontracking.bootstrap.security;

import org.sessiontracking.application.apitoken.port.in.AuthenticateApiTokenUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import java.time.Clock;

/**
 * The REST API under {@code /api/}: its own filter chain, before the screens' one. Stateless (no
 * session, no cookie, so no CSRF to guard against): every call brings its API token
 * ({@link ApiTokenAuthenticationFilter}). Refusals are problem details: 401 without a valid token, 429
 * while an address that sent too many bad tokens waits, 403 (from the use cases) for a role that may
 * not do what was asked.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticateApiTokenUseCase tokens, Clock clock,
                                       ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        // refused tokens have their own count, apart from the sign-in form's: a field app with a revoked
        // token does not slow down the people signing in from the same office
        SignInThrottle refusedTokens = new SignInThrottle(clock, ThrottlePolicy.PER_ADDRESS, ThrottlePolicy.PER_ADDRESS);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, refusedTokens, contexts), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> ApiProblems.write(request, response,
                                401, "Unauthorized", "This call needs an API token"))
                        .accessDeniedHandler((request, response, denied) -> ApiProblems.write(request, response,
                                403, "Forbidden", "Your role does not allow this call")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp
                        .policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
