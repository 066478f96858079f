package org.sessiontracking.bootstrap.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sessiontracking.adapters.web.login.LoginView;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.user.Username;
import org.sessiontracking.domain.common.DomainException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in with the users stored in the database. Vaadin's configurer protects the views by their
 * {@code @RolesAllowed}/{@code @PermitAll} annotations; the use cases check the role again through
 * {@link CurrentActor}, so calling one directly does not get around it. The operators' health and
 * info endpoints are open; every other actuator path needs a sign-in (and only these two are exposed).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** What operators' monitoring may read without signing in: the overall state and the version, nothing more. */
    static final String[] OPERATOR_ENDPOINTS = {"/actuator/health", "/actuator/info"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPERATOR_ENDPOINTS).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
