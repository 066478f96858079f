package org.sessiontracking.bootstrap.wiring;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.demo.DemoDataLoader;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.time.Clock;

/**
 * The demo data set, loaded on start only when asked for with {@code --sessiontracking.demo-data=true}
 * (or {@code SESSIONTRACKING_DEMO_DATA=true}); a second start with the option adds nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sessiontracking.demo-data", havingValue = "true")
public class DemoDataWiring {

    private static final Logger log = LoggerFactory.getLogger(DemoDataWiring.class);

    /** After the first start's administrator, which is created only while there are no users. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner demoDataLoader(DSLContext db, Clock clock, PasswordHasher hasher) {
        return arguments -> {
            DemoDataLoader.Result result = new DemoDataLoader(db, clock).load(hasher.hash(DemoDataLoader.DEMO_PASSWORD));
            if (result.loaded()) {
                log.info("Demo data loaded: {} users (password '{}'), {} registrants, {} sessions, {} attendance records",
                        result.users(), DemoDataLoader.DEMO_PASSWORD, result.registrants(), result.sessions(),
                        result.attendanceRecords());
            } else {
                log.info("Demo data is already there; nothing added");
            }
        };
    }
}
