package org.sessiontracking.adapters.persistence.session;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.jooq.impl.DSL.field;

/**
 * Measures the sessions grid over 100,000 sessions with 30 attendance records each (3 million rows).
 * Prints figures; asserts nothing about time. Run with:
 * {@code ./mvnw -o -pl adapters-persistence -am verify -Dtest=SessionGridBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SessionGridBenchmark {

    private static final int SESSIONS = 100_000;

    private DSLContext db;
    private JooqSessionRepository repository;

    @Test
    void pagesThroughOneHundredThousandSessions() throws SQLException {
        // one connection, as from the application's pool: the test data source opens one per statement
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            db = DSL.using(connection, SQLDialect.POSTGRES);
            repository = new JooqSessionRepository(db, Clock.systemUTC());
            run();
        }
    }

    private void run() {
        long fds = number("select id from session_type where code = 'FDS'");
        db.execute("insert into app_user (username, display_name, password_hash, role, created_at, updated_at) "
                + "select 'bench-' || gen_random_uuid(), 'Bench Facilitator ' || g, 'x', 'STAFF', now(), now() "
                + "from generate_series(1, 50) g");
        long user = number("select min(id) from app_user where display_name like 'Bench Facilitator %'");
        long topic = number("select min(id) from topic where session_type_id = ?", fds);
        long started = System.nanoTime();
        db.execute("insert into session (session_type_id, title, session_date, duration_hours, location, area, "
                + "facilitator_id, topic_id, status, created_at, updated_at) "
                + "select ?, 'FDS - bench ' || g, date '2000-01-01' + (g % 9000), 2, 'Barangay ' || (g % 500), "
                + "'Area ' || (g % 20), ? + g % 50, ?, case when g % 10 = 0 then 'COMPLETED' else 'SCHEDULED' end, "
                + "now(), now() from generate_series(1, ?) g", fds, user, topic, SESSIONS);
        db.execute("insert into registrant (external_id, full_name, kind, created_at, updated_at) "
                + "select 'bench-' || gen_random_uuid(), 'Bench ' || g, 'INDIVIDUAL', now(), now() "
                + "from generate_series(1, 10) g");
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "select s.id, r.id, 'PRESENT', ?, now() from session s cross join "
                + "(select id from registrant where full_name like 'Bench %' limit 10) r", user);
        db.execute("analyze");
        System.out.printf("setup: %d sessions, %d attendance rows in %d ms%n", SESSIONS,
                db.fetchValue(field("(select count(*) from attendance)", Long.class)),
                (System.nanoTime() - started) / 1_000_000);

        SessionFilter all = SessionFilter.ALL;
        measure("count all", () -> repository.count(all));
        measure("first page (50, date desc)", () -> repository.list(all, new PageRequest(0, 50, List.of())));
        measure("page at offset 50,000", () -> repository.list(all, new PageRequest(50_000, 50, List.of())));
        measure("last page", () -> repository.list(all, new PageRequest(SESSIONS - 50, 50, List.of())));
        measure("sorted by title", () -> repository.list(all, new PageRequest(0, 50,
                List.of(new SortOrder("title", true)))));
        measure("sorted by facilitator", () -> repository.list(all, new PageRequest(0, 50,
                List.of(new SortOrder("facilitator", true)))));
        SessionFilter typeAndPeriod = all.withType(new SessionTypeId(fds))
                .withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31));
        measure("type + one year: count", () -> repository.count(typeAndPeriod));
        measure("type + one year: page", () -> repository.list(typeAndPeriod, new PageRequest(0, 50, List.of())));
        SessionFilter location = all.withLocationContaining("gay 42");
        measure("location contains: count", () -> repository.count(location));
        measure("location contains: page", () -> repository.list(location, new PageRequest(0, 50, List.of())));
        SessionFilter completed = all.withStatus(SessionStatus.COMPLETED);
        measure("status: count", () -> repository.count(completed));
        measure("status: page", () -> repository.list(completed, new PageRequest(0, 50, List.of())));
        SessionFilter mine = all.involving(new UserId(user));
        measure("my sessions: count", () -> repository.count(mine));
        measure("my sessions: page", () -> repository.list(mine, new PageRequest(0, 50, List.of())));
    }

    private long number(String sql, Object... bindings) {
        return ((Number) db.fetchValue(sql, bindings)).longValue();
    }

    private static void measure(String what, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        int runs = 10;
        long started = System.nanoTime();
        Object result = null;
        for (int i = 0; i < runs; i++) {
            result = query.get();
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0 / runs;
        String shown = result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
        System.out.printf("%-30s %8.2f ms  (%s)%n", what, millis, shown);
    }
}
