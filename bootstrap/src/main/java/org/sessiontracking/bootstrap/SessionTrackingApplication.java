package org.sessiontracking.bootstrap;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Session Tracking. Everything meets here: the views of adapters-web (found by Vaadin under
 * {@code org.sessiontracking}), the jOOQ adapters, and the use cases wired in {@code wiring}.
 */
@SpringBootApplication
@EnableVaadin("org.sessiontracking")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@PWA(name = "Session Tracking", shortName = "Sessions")
public class SessionTrackingApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SessionTrackingApplication.class, args);
    }
}
