package org.sessiontracking.bootstrap.wiring;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which persistence adapter the application runs on, from {@code sessiontracking.persistence}:
 * {@value #POSTGRES} (the default: jOOQ on PostgreSQL) or {@value #MEMORY} (everything in memory, for
 * demos, training and screen work). Read before the context starts: for {@value #MEMORY} it leaves out
 * Spring Boot's DataSource, transaction manager, Flyway and jOOQ set-ups, so that no database is
 * looked for at all; any other value stops the start with a message naming the allowed ones.
 */
public final class PersistenceChoice implements EnvironmentPostProcessor {

    public static final String PROPERTY = "sessiontracking.persistence";
    public static final String POSTGRES = "postgres";
    public static final String MEMORY = "memory";

    /** The auto-configurations that would look for, create or migrate a database. */
    static final Set<String> DATABASE_AUTO_CONFIGURATIONS = Set.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isMemory(environment)) {
            return;
        }
        Set<String> excluded = new LinkedHashSet<>(StringUtils.commaDelimitedListToSet(
                environment.getProperty("spring.autoconfigure.exclude", "")));
        excluded.addAll(DATABASE_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource("sessiontracking-memory-persistence",
                Map.of("spring.autoconfigure.exclude", String.join(",", excluded))));
    }

    /** True for {@value #MEMORY}, false for {@value #POSTGRES} or no value; refuses anything else. */
    public static boolean isMemory(org.springframework.core.env.Environment environment) {
        String value = environment.getProperty(PROPERTY, POSTGRES).strip();
        if (value.equalsIgnoreCase(MEMORY)) {
            return true;
        }
        if (value.equalsIgnoreCase(POSTGRES)) {
            return false;
        }
        throw new IllegalStateException(PROPERTY + " must be '" + POSTGRES + "' (PostgreSQL, the default) or '"
                + MEMORY + "' (in memory, nothing kept after a stop), got '" + value + "'");
    }
}
