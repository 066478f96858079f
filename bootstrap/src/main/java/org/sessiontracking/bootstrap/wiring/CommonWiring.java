package org.sessiontracking.bootstrap.wiring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/** What every feature's wiring shares: the clock and the per-use-case transactions. */
@Configuration(proxyBeanMethods = false)
public class CommonWiring {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    UseCaseTransactions useCaseTransactions(PlatformTransactionManager transactionManager) {
        return new UseCaseTransactions(transactionManager);
    }
}
