package org.sessiontracking.adapters.persistence.sessiontype;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.SessionTypeRepositoryContract;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.Topic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;

class JooqSessionTypeRepositoryTest extends SessionTypeRepositoryContract {

    private final JooqSessionTypeRepository repository = new JooqSessionTypeRepository(TestDatabase.dsl(),
            Clock.systemUTC());

    @Override
    protected SessionTypeRepository repository() {
        return repository;
    }

    @Test
    void theFourPreconfiguredTypesExistAfterMigration() {
        SessionType fds = repository.findByCode("FDS").orElseThrow();
        assertThat(fds.name()).isEqualTo("Family Development Session");
        assertThat(fds.details().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(fds.details().durationHours()).isEqualByComparingTo("2");
        assertThat(fds.details().requiredAttendance()).isEqualTo(85);
        assertThat(fds.offeredTopics()).extracting(Topic::name)
                .containsExactly("Nutrition", "Education", "Financial Literacy", "Health", "Child Protection");

        assertThat(repository.findByName("Training Session").orElseThrow().offeredTopics()).extracting(Topic::name)
                .containsExactly("Business Skills", "Agriculture", "Digital Literacy");
        assertThat(repository.findByName("Group Meeting").orElseThrow().details().frequency())
                .isEqualTo(Frequency.BI_WEEKLY);
        SessionType workshop = repository.findByName("Workshop").orElseThrow();
        assertThat(workshop.details().frequency()).isEqualTo(Frequency.ONE_TIME);
        assertThat(workshop.details().requiredAttendance()).isEqualTo(90);
        assertThat(workshop.topicTracking()).isFalse();
        assertThat(repository.list(SessionTypeFilter.ALL, PageRequest.first(100))).extracting(SessionType::name)
                .contains("Training Session", "Group Meeting", "Family Development Session", "Workshop");
    }

    /**
     * Two administrators at once, one giving a type the code X, the other naming a type X: neither
     * use case's check sees the other's uncommitted type, so the database must refuse the second.
     */
    @Test
    void aNameAndACodeThatClashAreRefusedEvenWhenSavedAtTheSameTime() throws Exception {
        String clashing = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            JooqSessionTypeRepository first = new JooqSessionTypeRepository(DSL.using(connection, SQLDialect.POSTGRES),
                    Clock.systemUTC());
            first.add(type("Coded " + clashing, clashing));
            Future<?> naming = second.submit(() -> repository.add(type(clashing, null)));
            waitUntilABackendWaitsForALock();
            connection.commit();

            assertThat(naming).failsWithin(10, TimeUnit.SECONDS).withThrowableThat().havingCause()
                    .isInstanceOf(DuplicateException.class)
                    .satisfies(e -> assertThat(((DuplicateException) e).field()).contains("name"));
        } finally {
            second.shutdownNow();
        }
        assertThat(repository.findByCode(clashing)).isPresent();
        assertThat(repository.findByName(clashing)).isEmpty();
    }

    private SessionType type(String name, String code) {
        return SessionType.create(repository.nextId(), new SessionTypeDetails(name, Optional.ofNullable(code), "",
                Frequency.MONTHLY, BigDecimal.ONE, 80, ExcusedPolicy.LEFT_OUT), false, List.of());
    }

    private static void waitUntilABackendWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer waiting = TestDatabase.dsl().fetchValue(field(
                    "(select count(*) from pg_stat_activity where wait_event_type = 'Lock')", Integer.class));
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second save never waited for the first one's lock");
    }
}
