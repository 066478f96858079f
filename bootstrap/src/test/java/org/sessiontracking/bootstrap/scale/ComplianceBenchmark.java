package org.sessiontracking.bootstrap.scale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.verification.JooqFrozenLists;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance;
import org.sessiontracking.application.compliance.usecase.ListCompliance;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.usecase.PreviewEligibilityRule;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.bootstrap.rules.CelEligibilityExpressions;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Times compliance at national scale on the data of {@link NationalScaleDataGenerator}, each figure
 * against the floor: the single hand-written SQL aggregate of the same per-registrant counts, fetched
 * in full. Prints figures, asserts nothing about time. Run with:
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=ComplianceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscale.benchmark=true [-Dscale.dir=... | -Dscale.jdbcUrl=...] [-Dscale.runs=3]
 * </pre>
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
class ComplianceBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Period YEAR = Period.lastTwelveMonths(CLOCK);
    private static final String FLOOR = """
            select a.registrant_id,
                   count(*) filter (where a.status = 'PRESENT'),
                   count(*) filter (where a.status = 'ABSENT'),
                   count(*) filter (where a.status = 'EXCUSED')
              from attendance a join session s on s.id = a.session_id
             where s.session_type_id = ? and s.session_date between ? and ? and s.status <> 'CANCELLED'
             group by a.registrant_id""";

    @Test
    void timesComplianceAgainstTheHandWrittenAggregate() throws Exception {
        int runs = Integer.getInteger("scale.runs", 3);
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            // cursors stream only inside a transaction; each run ends its own (commitEach), as each request of
            // the application does: one transaction held open across the runs would keep vacuum from marking
            // the snapshot rows all-visible, and every page far down would read the table
            connection.setAutoCommit(false);
            Runnable commit = () -> commitEach(connection);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
            SessionType fds = types.findByCode("FDS").orElseThrow();
            CompliancePolicy policy = CompliancePolicy.of(fds);
            CurrentActor admin = () -> new Actor(new UserId(1), "Benchmark", Role.ADMINISTRATOR);
            JooqComplianceQuery query = new JooqComplianceQuery(db);
            ListCompliance list = new ListCompliance(query, types, admin, new JooqFrozenLists(db));
            GetRegistrantCompliance one = new GetRegistrantCompliance(query, types,
                    new org.sessiontracking.adapters.persistence.exemption.JooqExemptionRepository(db, CLOCK),
                    new org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository(db, CLOCK),
                    new org.sessiontracking.adapters.persistence.registrant.JooqRegistrantRepository(db, CLOCK), admin, CLOCK);
            PreviewEligibilityRule preview = new PreviewEligibilityRule(new JooqEligibilityFacts(db),
                    new CelEligibilityExpressions(), types, admin, new JooqFrozenLists(db), CLOCK);
            ComplianceCriteria criteria = ComplianceCriteria.of(fds.id(), YEAR);
            long registrant = db.resultQuery("select registrant_id from attendance limit 1").fetchOne(0, Long.class);
            System.out.printf("data: %,d registrants, %,d sessions, %,d attendance records; FDS %d%%, %s; period %s..%s%n",
                    db.fetchCount(DSL.table("registrant")), db.fetchCount(DSL.table("session")),
                    db.fetchCount(DSL.table("attendance")), policy.requiredPercent(), policy.excusedPolicy(),
                    YEAR.from(), YEAR.to());

            double floor = measure("floor: hand-written aggregate, all rows fetched", runs, commit, () -> {
                long rows = 0;
                try (Cursor<Record> cursor = db.resultQuery(FLOOR, fds.id().value(), YEAR.from(), YEAR.to())
                        .fetchSize(5_000).fetchLazy()) {
                    for (Record ignored : cursor) {
                        rows++;
                    }
                }
                return rows;
            }, 0);
            measure("compliance of all registrants (counts + status, streamed)", runs, commit, () -> {
                AtomicLong rows = new AtomicLong();
                query.forEachStatus(criteria, policy, row -> rows.incrementAndGet());
                return rows.get();
            }, floor);
            measure("compliance export rows (names, groups, flags; sorted by name)", runs, commit, () -> {
                AtomicLong rows = new AtomicLong();
                list.export(criteria, row -> rows.incrementAndGet());
                return rows.get();
            }, floor);
            PageRequest byRate = new PageRequest(0, 50, List.of(new PageRequest.SortOrder("rate", true)));
            // the grid as the application runs it: each call in its own transaction from a pool, a period
            // nobody opened answered directly while a background thread computes its snapshot
            HikariConfig poolConfig = new HikariConfig();
            poolConfig.setDataSource(database.dataSource());
            poolConfig.setMaximumPoolSize(4);
            ExecutorService builder = Executors.newSingleThreadExecutor();
            try (HikariDataSource pool = new HikariDataSource(poolConfig)) {
                DSLContext pooled = DSL.using(pool, SQLDialect.POSTGRES);
                ListCompliance grid = new ListCompliance(new JooqComplianceQuery(pooled, builder),
                        new JooqSessionTypeRepository(pooled, CLOCK), admin, new JooqFrozenLists(pooled));
                commit.run();
                timeTheGrid(pooled, grid, builder, fds, criteria, byRate, runs, floor);
            } finally {
                builder.shutdownNow();
            }
            String area = db.resultQuery("select area from registrant where area <> '' limit 1").fetchOne(0, String.class);
            ComplianceCriteria unopened = ComplianceCriteria.of(fds.id(), new Period(LocalDate.of(2026, 3, 3),
                    LocalDate.of(2026, 9, 9)));
            measure("filtered by area, period never opened: totals + count + page", runs, () -> {
                forgetSnapshots(db);
                commit.run();
            }, () -> gridOpened(list, unopened.withArea(area), byRate), floor);
            measure("filtered by area and Non-compliant, sorted by name", runs, commit, () -> list.list(
                    criteria.withArea(area).withStatus(ComplianceStatus.NON_COMPLIANT),
                    new PageRequest(0, 50, List.of(new PageRequest.SortOrder("name", true)))).size(), floor);
            long group = groupOf(db, area);
            measure("filtered by group, period never opened: totals + count + page", runs, () -> {
                forgetSnapshots(db);
                commit.run();
            }, () -> gridOpened(list, unopened.withGroup(new RegistrantId(group)), byRate), floor);
            measure("one registrant's compliance (all types + records)", runs, commit,
                    () -> one.get(new RegistrantId(registrant), YEAR).attendance().size(), floor);
            JooqEligibilityFacts facts = new JooqEligibilityFacts(db);
            List<FactRequest> rateOnly = List.of(new FactRequest(new FactKey("Family Development Session", YEAR),
                    fds.id(), YEAR, Set.of()));
            measure("CEL preview: its facts query alone (no rule evaluated)", runs, commit, () -> {
                AtomicLong rows = new AtomicLong();
                facts.forEachRegistrant(rateOnly, ignored -> rows.incrementAndGet());
                return rows.get();
            }, floor);
            measure("CEL rule preview over all registrants", runs, commit, () -> {
                RulePreview result = preview.preview(
                        "attendance_rate(\"Family Development Session\") >= 0.8 && age >= 18");
                System.out.printf("      pass %,d, fail %,d, error %,d%n", result.count(Outcome.Kind.PASS),
                        result.count(Outcome.Kind.FAIL), result.count(Outcome.Kind.ERROR));
                return result.total();
            }, floor);
            connection.commit();
        }
    }

    private static void commitEach(Connection connection) {
        try {
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void timeTheGrid(DSLContext db, ListCompliance list, ExecutorService builder, SessionType fds,
                                    ComplianceCriteria criteria, PageRequest byRate, int runs, double floor) {
        LocalDate today = LocalDate.now(CLOCK);
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("this month", new Period(today.withDayOfMonth(1), today));
        periods.put("last 3 months", new Period(today.withDayOfMonth(1).minusMonths(2), today));
        periods.put("this year", new Period(today.withDayOfYear(1), today));
        periods.put("last 12 months", YEAR);
        periods.put("custom days (10 Feb - 20 Aug)", new Period(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 8, 20)));
        for (Map.Entry<String, Period> period : periods.entrySet()) {
            ComplianceCriteria opened = ComplianceCriteria.of(fds.id(), period.getValue());
            // each run opens the period on a quiet database: the snapshot the run before set off is done first
            measure("grid opened, first time: " + period.getKey(), runs, () -> {
                awaitBuilds(builder);
                forgetSnapshots(db);
            }, () -> gridOpened(list, opened, byRate), floor);
            awaitSnapshot(db, opened);
            measure("grid opened again: " + period.getKey(), runs, () -> { }, () -> gridOpened(list, opened, byRate),
                    floor);
        }
        gridOpened(list, criteria, byRate);
        awaitSnapshot(db, criteria);
        long session = db.resultQuery("select id from session where session_type_id = ? order by id limit 1",
                fds.id().value()).fetchOne(0, Long.class);
        String flip = "update attendance set status = case status when 'PRESENT' then 'ABSENT' else 'PRESENT' end, "
                + "version = version + 1 where session_id = ?";
        measure("a session's 1,000 records saved, then the grid", runs, () -> { }, () -> {
            db.execute(flip, session);
            return gridOpened(list, criteria, byRate);
        }, floor);
        measure("  of which the save of 1,000 records alone", runs, () -> { }, () -> db.execute(flip, session), floor);
        gridOpened(list, criteria, byRate);
        measure("a session cancelled and restored, then the grid", runs, () -> { }, () -> {
            db.execute("update session set status = 'CANCELLED', cancel_reason = 'benchmark' where id = ?", session);
            db.execute("update session set status = 'COMPLETED', cancel_reason = null where id = ?", session);
            return gridOpened(list, criteria, byRate);
        }, floor);
        measure("grid first page (50) sorted by rate (snapshot valid)", runs,
                () -> list.list(criteria, byRate).size(), floor);
        measure("grid count (snapshot valid)", runs, () -> list.count(criteria), floor);
        measure("grid totals per status (snapshot valid)", runs, () -> list.totals(criteria).size(), floor);
        for (String sort : List.of("rate", "counted", "name", "area")) {
            for (boolean ascending : List.of(true, false)) {
                measure("grid page at offset 500,000 by " + sort + (ascending ? " asc" : " desc"), runs,
                        () -> list.list(criteria, new PageRequest(500_000, 50,
                                List.of(new PageRequest.SortOrder(sort, ascending)))).size(), floor);
            }
        }
    }

    /** Waits until the background thread has done the snapshots it was asked for (it runs one at a time). */
    private static void awaitBuilds(ExecutorService builder) {
        try {
            builder.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the background thread has computed the criteria's snapshot. */
    private static void awaitSnapshot(DSLContext db, ComplianceCriteria criteria) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!db.fetchExists(db.selectOne().from("compliance_snapshot").where("session_type_id = ? and "
                + "period_from = ? and period_to = ?", criteria.type().value(), criteria.period().from(),
                criteria.period().to()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no snapshot after 2 minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * 16 staff saving 16 different sessions (1,000 records each, in their own transactions) at once: of
     * one type, then of 16 types. A row shared by all saves of a type would make the first much slower.
     */
    @Test
    void timesSixteenConcurrentSavesOfOneTypeAgainstSixteenTypes() throws Exception {
        int staff = 16;
        int rounds = Integer.getInteger("scale.saveRounds", 6); // even: every record ends as it was
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            long fds = db.resultQuery("select id from session_type where code = 'FDS'").fetchOne(0, Long.class);
            List<Long> sessions = db.resultQuery("select id from session where session_type_id = ? and session_date = "
                    + "(select min(session_date) from session where session_type_id = ?) order by area limit ?",
                    fds, fds, 2 * staff).fetch(0, Long.class);
            List<Long> sameType = sessions.subList(0, staff);
            List<Long> ownTypes = sessions.subList(staff, 2 * staff);
            List<Long> types = db.resultQuery("insert into session_type (name, frequency, duration_hours, "
                    + "required_attendance, topic_tracking, excused_policy, created_at, updated_at) "
                    + "select 'Benchmark type ' || g, frequency, duration_hours, required_attendance, false, "
                    + "excused_policy, now(), now() from session_type, generate_series(1, ?) g where id = ? returning id",
                    staff, fds).fetch(0, Long.class);
            for (int i = 0; i < staff; i++) {
                db.execute("update session set session_type_id = ? where id = ?", types.get(i), ownTypes.get(i));
            }
            try {
                // a warm-up, then each kind twice in the order A B B A, so that neither gains from a warmer cache
                savesPerSecond(database.dataSource(), ownTypes, 2);
                double same = savesPerSecond(database.dataSource(), sameType, rounds);
                double different = savesPerSecond(database.dataSource(), ownTypes, rounds);
                different = (different + savesPerSecond(database.dataSource(), ownTypes, rounds)) / 2;
                same = (same + savesPerSecond(database.dataSource(), sameType, rounds)) / 2;
                System.out.printf("16 concurrent saves of 1,000 records: one type %.1f saves/s, 16 types %.1f saves/s: "
                        + "one type at %.0f%% of 16 types%n", same, different, 100 * same / different);
            } finally {
                db.execute("update session set session_type_id = ? where id = any(?)", fds, ownTypes.toArray(Long[]::new));
                db.execute("delete from session_type where id = any(?)", (Object) types.toArray(Long[]::new));
            }
        }
    }

    private static double savesPerSecond(javax.sql.DataSource dataSource, List<Long> sessions, int rounds)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions.size());
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(sessions.size() + 1);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (long session : sessions) {
            done.add(pool.submit(() -> {
                try (Connection own = dataSource.getConnection()) {
                    own.setAutoCommit(false);
                    DSLContext db = DSL.using(own, SQLDialect.POSTGRES);
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        db.execute("update attendance set status = case status when 'PRESENT' then 'ABSENT' "
                                + "else 'PRESENT' end, version = version + 1 where session_id = ?", session);
                        own.commit();
                    }
                }
                return null;
            }));
        }
        start.await();
        long started = System.nanoTime();
        for (java.util.concurrent.Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return sessions.size() * rounds / seconds;
    }

    private static long gridOpened(ListCompliance list, ComplianceCriteria criteria, PageRequest page) {
        return list.totals(criteria).size() + list.count(criteria) + list.list(criteria, page).size();
    }

    private static void forgetSnapshots(DSLContext db) {
        db.execute("delete from compliance_snapshot_row");
        db.execute("delete from compliance_snapshot");
    }

    /** A group (household) of members of the area, made once: the generator makes individuals only. */
    private static long groupOf(DSLContext db, String area) {
        long group = db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values ('NAT-GROUP-BENCH', 'Benchmark household', 'GROUP', ?, now(), now()) on conflict (external_id) "
                + "do update set area = excluded.area returning id", area).fetchOne(0, Long.class);
        db.execute("update registrant set group_id = ? where id in (select id from registrant where area = ? "
                + "and kind = 'INDIVIDUAL' order by id limit 6)", group, area);
        return group;
    }

    private static double measure(String name, int runs, LongSupplier work, double floor) {
        return measure(name, runs, () -> { }, work, floor);
    }

    /** The best of {@code runs} of {@code work}, each after an untimed {@code before}. */
    private static double measure(String name, int runs, Runnable before, LongSupplier work, double floor) {
        long best = Long.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            before.run();
            long started = System.nanoTime();
            rows = work.getAsLong();
            best = Math.min(best, System.nanoTime() - started);
        }
        double ms = best / 1e6;
        System.out.printf("%-62s %10.1f ms  %s  (%,d rows, best of %d)%n", name, ms,
                floor == 0 ? "1.00x (floor)" : String.format("%5.2fx floor", ms / floor), rows, runs);
        return ms;
    }
}
