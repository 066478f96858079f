package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.persistence.demo.DemoData;
import org.sessiontracking.application.user.port.out.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The demo data set, loaded on start only when asked for with {@code --sessiontracking.demo-data=true}
 * (or {@code SESSIONTRACKING_DEMO_DATA=true}), by the chosen persistence adapter's loader; a second start
 * with the option adds nothing (in memory every start is a first one).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sessiontracking.demo-data", havingValue = "true")
public class DemoDataWiring {

    private static final Logger log = LoggerFactory.getLogger(DemoDataWiring.class);

    /** After the first start's administrator, which is created only while there are no users. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner demoDataLoader(DemoData.Loader demoData, PasswordHasher hasher) {
        return arguments -> {
            DemoData.Result result = demoData.load(hasher.hash(DemoData.DEMO_PASSWORD));
            if (result.loaded()) {
                log.info("Demo data loaded: {} users (password '{}'), {} registrants, {} sessions, {} attendance records",
                        result.users(), DemoData.DEMO_PASSWORD, result.registrants(), result.sessions(),
                        result.attendanceRecords());
            } else {
                log.info("Demo data is already there; nothing added");
            }
        };
    }
}
