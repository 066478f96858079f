package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.attendance.AttendanceRepositoryContract;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet.Write;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_HISTORY;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

class JooqAttendanceRepositoryTest extends AttendanceRepositoryContract {

    private final DSLContext db = TestDatabase.dsl();
    private final AttendanceTestData data = new AttendanceTestData(db);
    private final JooqAttendanceRepository repository = new JooqAttendanceRepository(db);
    private final UserId recorder = data.user("Field Officer");

    @Override
    protected AttendanceRepository repository() {
        return repository;
    }

    @Override
    protected SessionId newSession() {
        return data.session("Attendance test", "IN_PROGRESS", recorder);
    }

    @Override
    protected RegistrantId newRegistrant() {
        return data.registrant();
    }

    @Override
    protected UserId recorder() {
        return recorder;
    }

    @Test
    void twoStaffSavingTheSameRowAtOnceLoseNothingTheSecondIsRefusedForThatRowOnly() throws Exception {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        RegistrantId ben = newRegistrant();
        repository.store(session, List.of(add(session, ana, PRESENT, "", T1), add(session, ben, PRESENT, "", T1)));

        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            JooqAttendanceRepository first = new JooqAttendanceRepository(DSL.using(connection, SQLDialect.POSTGRES));
            // the first saver's transaction has changed Ana's row and not committed yet
            assertThat(first.store(session, List.of(change(session, ana, PRESENT, ABSENT, "first", 0))))
                    .containsExactly(ana);

            Future<Set<RegistrantId>> secondSave = second.submit(() -> repository.store(session, List.of(
                    change(session, ana, PRESENT, EXCUSED, "second", 0),
                    change(session, ben, PRESENT, ABSENT, "second", 0))));
            waitUntilABackendWaitsForALock();
            connection.commit();

            assertThat(secondSave.get(10, TimeUnit.SECONDS)).containsExactly(ben);
        } finally {
            second.shutdownNow();
        }
        assertThat(repository.findBySession(session)).extracting(AttendanceRecord::registrant, AttendanceRecord::status,
                AttendanceRecord::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ana, ABSENT, "first"),
                org.assertj.core.groups.Tuple.tuple(ben, ABSENT, "second"));
        assertThat(repository.historyOf(session, ana)).extracting(AttendanceChange::reason).containsExactly("", "first");
    }

    @Test
    void twoStaffAddingTheSameRegistrantAtOnceGiveOneRecord() throws Exception {
        SessionId session = newSession();
        RegistrantId ana = newRegistrant();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            JooqAttendanceRepository first = new JooqAttendanceRepository(DSL.using(connection, SQLDialect.POSTGRES));
            assertThat(first.store(session, List.of(add(session, ana, PRESENT, "first", T1)))).containsExactly(ana);
            Future<Set<RegistrantId>> secondSave = second.submit(() ->
                    repository.store(session, List.of(add(session, ana, ABSENT, "second", T2))));
            waitUntilABackendWaitsForALock();
            connection.commit();
            assertThat(secondSave.get(10, TimeUnit.SECONDS)).isEmpty();
        } finally {
            second.shutdownNow();
        }
        assertThat(repository.findBySession(session)).singleElement()
                .satisfies(record -> assertThat(record.reason()).isEqualTo("first"));
        assertThat(repository.historyOf(session)).hasSize(1);
    }

    @Test
    void savingAThousandChangedRecordsIsOneStatement() {
        SessionId session = newSession();
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            writes.add(add(session, newRegistrant(), i % 3 == 0 ? ABSENT : PRESENT, "", T1));
        }
        AtomicInteger statements = new AtomicInteger();
        DSLContext counting = db.configuration().derive(new DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.incrementAndGet();
            }
        })).dsl();

        Set<RegistrantId> stored = new JooqAttendanceRepository(counting).store(session, writes);

        assertThat(stored).hasSize(1000);
        assertThat(statements).hasValue(1);
        assertThat(repository.historyOf(session)).hasSize(1000);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteHistory() {
        SessionId session = newSession();
        repository.store(session, List.of(add(session, newRegistrant(), PRESENT, "", T1)));
        assertThatThrownBy(() -> db.update(ATTENDANCE_HISTORY).set(ATTENDANCE_HISTORY.REASON, "rewritten")
                .where(ATTENDANCE_HISTORY.SESSION_ID.eq(session.value())).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("attendance history is never changed or deleted");
        assertThatThrownBy(() -> db.deleteFrom(ATTENDANCE_HISTORY)
                .where(ATTENDANCE_HISTORY.SESSION_ID.eq(session.value())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThat(repository.historyOf(session)).hasSize(1);
    }

    private void waitUntilABackendWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer waiting = db.fetchValue(field(
                    "(select count(*) from pg_stat_activity where wait_event_type = 'Lock')", Integer.class));
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second save never waited for the first one's row lock");
    }
}
