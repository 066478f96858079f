package org.sessiontracking.bootstrap.wiring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** What every feature's wiring shares: the clock (the per-use-case transactions come with the persistence adapter). */
@Configuration(proxyBeanMethods = false)
public class CommonWiring {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
