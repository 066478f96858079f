package org.sessiontracking.bootstrap.scale;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.verification.JooqFrozenLists;
import org.sessiontracking.adapters.persistence.verification.JooqLateCorrections;
import org.sessiontracking.adapters.persistence.verification.JooqVerificationPeriods;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.usecase.CloseVerificationPeriod;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Times closing a verification period of a year for every registrant of the national-scale data (the
 * freeze: the engine's compliance_judged_all inserted as the frozen rows with names, in one statement)
 * against computing the live list once (the compliance snapshot of the same type, period and policy,
 * and the streamed export). Each run is rolled back, so the data stay as they were. Prints figures,
 * asserts nothing about time. Run with:
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=FreezeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscale.benchmark=true [-Dscale.dir=... | -Dscale.jdbcUrl=...] [-Dscale.runs=3]
 * </pre>
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
class FreezeBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Period YEAR = Period.lastTwelveMonths(CLOCK);

    @Test
    void timesClosingAPeriodAgainstComputingTheLiveListOnce() throws Exception {
        int runs = Integer.getInteger("scale.runs", 3);
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
            SessionType fds = types.findByCode("FDS").orElseThrow();
            CompliancePolicy policy = CompliancePolicy.of(fds);
            long user = db.resultQuery("select min(id) from app_user").fetchOne(0, Long.class);
            CurrentActor admin = () -> new Actor(new UserId(user), "Benchmark", Role.ADMINISTRATOR);
            ComplianceCriteria criteria = ComplianceCriteria.of(fds.id(), YEAR);
            JooqComplianceQuery live = new JooqComplianceQuery(db);
            JooqVerificationPeriods periods = new JooqVerificationPeriods(db);
            CloseVerificationPeriod close = new CloseVerificationPeriod(periods, new JooqLateCorrections(db),
                    new JooqFrozenLists(db), types, admin, CLOCK);
            connection.commit();

            double snapshot = measure("live list computed once (the whole list's snapshot)", runs, connection, () -> {
                db.execute("delete from compliance_snapshot_row");
                db.execute("delete from compliance_snapshot");
            }, () -> live.totals(criteria, policy).values().stream().mapToLong(Integer::longValue).sum(), 0);
            measure("live list streamed once (the export's rows)", runs, connection, () -> { }, () -> {
                AtomicLong rows = new AtomicLong();
                live.forEach(criteria, policy, row -> rows.incrementAndGet());
                return rows.get();
            }, snapshot);
            measure("closing the period (freeze version 1, one statement)", runs, connection, () -> { }, () -> {
                VerificationPeriod period = VerificationPeriod.create(periods.nextId(), fds.id(),
                        new PeriodDraft("Benchmark year", YEAR.from(), YEAR.to(), YEAR.to().plusDays(5)));
                periods.add(period);
                var result = close.close(new CloseVerificationPeriodUseCase.Command(period.id(),
                        Set.copyOf(periods.unfinishedSessions(fds.id(), YEAR.from(), YEAR.to()).stream()
                                .map(session -> session.id()).toList())));
                return ((CloseVerificationPeriodUseCase.Closed) result).version().registrants();
            }, snapshot);
        }
    }

    /** The best of {@code runs}, each after an untimed {@code before} and rolled back after. */
    private static double measure(String name, int runs, Connection connection, Runnable before, LongSupplier work,
                                  double reference) throws Exception {
        long best = Long.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            before.run();
            long started = System.nanoTime();
            rows = work.getAsLong();
            best = Math.min(best, System.nanoTime() - started);
            connection.rollback();
        }
        double ms = best / 1e6;
        System.out.printf("%-58s %10.1f ms  %s  (%,d rows, best of %d)%n", name, ms,
                reference == 0 ? "1.00x (reference)" : String.format("%5.2fx the live list", ms / reference), rows,
                runs);
        return ms;
    }
}
