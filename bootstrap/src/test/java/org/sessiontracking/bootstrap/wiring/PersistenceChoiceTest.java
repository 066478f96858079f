package org.sessiontracking.bootstrap.wiring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersistenceChoiceTest {

    private final PersistenceChoice choice = new PersistenceChoice();

    @Test
    void inMemoryLeavesOutEveryDatabaseSetUpAndKeepsTheOperatorsOwnExclusions() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("sessiontracking.persistence", "memory")
                .withProperty("spring.autoconfigure.exclude", "com.example.SomethingElse");

        choice.postProcessEnvironment(environment, new SpringApplication());

        assertThat(Arrays.asList(environment.getProperty("spring.autoconfigure.exclude").split(",")))
                .containsAll(PersistenceChoice.DATABASE_AUTO_CONFIGURATIONS).contains("com.example.SomethingElse");
    }

    @Test
    void postgresOrNothingLeavesTheDatabaseSetUpsIn() {
        MockEnvironment unset = new MockEnvironment();
        MockEnvironment postgres = new MockEnvironment().withProperty("sessiontracking.persistence", "postgres");

        choice.postProcessEnvironment(unset, new SpringApplication());
        choice.postProcessEnvironment(postgres, new SpringApplication());

        assertThat(unset.getProperty("spring.autoconfigure.exclude")).isNull();
        assertThat(postgres.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void anUnknownAdapterStopsTheStartNamingTheAllowedOnes() {
        MockEnvironment environment = new MockEnvironment().withProperty("sessiontracking.persistence", "mongo");

        assertThatThrownBy(() -> choice.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessage("sessiontracking.persistence must be 'postgres' (PostgreSQL, the default) or 'memory' "
                        + "(in memory, nothing kept after a stop), got 'mongo'");
    }
}
