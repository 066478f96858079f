package org.sessiontracking.bootstrap.scale;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.usecase.ListReadiness;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Times a graduation pathway's readiness at national scale on the data of {@link NationalScaleDataGenerator}
 * (1,000,000 registrants, FDS over twelve months), against the compliance of all registrants
 * ({@code forEachStatus}, as in {@link ComplianceBenchmark}) measured in the same run: the target is
 * within 2x of it; the exports also against the compliance screen's export of the same registrants
 * (names, sorted by name), timed in the same run. Two pathways with two computed criteria each: two
 * attendance criteria (FDS over the twelve months and over the last six), and attendance plus curriculum
 * completion of FDS. The pathways
 * are written inside the benchmark's transaction and rolled back. Prints figures, asserts nothing about
 * time. Run with:
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=GraduationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscale.benchmark=true [-Dscale.dir=... | -Dscale.jdbcUrl=...] [-Dscale.runs=2]
 * </pre>
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
class GraduationBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Period YEAR = Period.lastTwelveMonths(CLOCK);
    private static final Period HALF = new Period(YEAR.to().minusMonths(6).plusDays(1), YEAR.to());

    @Test
    void timesReadinessAgainstTheComplianceOfAllRegistrants() throws Exception {
        int runs = Integer.getInteger("scale.runs", 2);
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
            SessionType fds = types.findByCode("FDS").orElseThrow();
            CurrentActor admin = () -> new Actor(new UserId(1), "Benchmark", Role.ADMINISTRATOR);
            JooqGraduationPathwayRepository pathways = new JooqGraduationPathwayRepository(db);
            ListReadiness readiness = ScaleReadiness.listReadiness(db, pathways, types, admin, CLOCK);
            JooqComplianceQuery compliance = new JooqComplianceQuery(db);
            System.out.printf("data: %,d registrants, %,d attendance records; FDS %d%%; period %s..%s%n",
                    db.fetchCount(DSL.table("registrant")), db.fetchCount(DSL.table("attendance")),
                    fds.details().requiredAttendance(), YEAR.from(), YEAR.to());

            double reference = measure("reference: compliance of all registrants (counts + status, streamed)", runs,
                    () -> {
                        AtomicLong rows = new AtomicLong();
                        compliance.forEachStatus(ComplianceCriteria.of(fds.id(), YEAR), CompliancePolicy.of(fds),
                                row -> rows.incrementAndGet());
                        return rows.get();
                    }, 0);
            // an export also reads every registrant's name, area and external id, sorted by name: the compliance
            // screen's own export of the same list does the same, and is shown beside the reference
            double complianceExport = measure("compliance export of all registrants (with names, sorted by name)",
                    runs, () -> {
                        AtomicLong rows = new AtomicLong();
                        compliance.forEach(ComplianceCriteria.of(fds.id(), YEAR), CompliancePolicy.of(fds),
                                row -> rows.incrementAndGet());
                        return rows.get();
                    }, reference);

            GraduationPathway twoAttendance = GraduationPathway.create(pathways.nextId(), "Benchmark attendance x2", "",
                    true, List.of(
                            new Criterion(pathways.nextCriterionId(), "FDS 12 months",
                                    new CriterionKind.AttendanceCompliance(fds.id(), YEAR.from(), YEAR.to()), 2, true),
                            new Criterion(pathways.nextCriterionId(), "FDS last 6 months",
                                    new CriterionKind.AttendanceCompliance(fds.id(), HALF.from(), HALF.to()), 1, false)));
            GraduationPathway withCurriculum = GraduationPathway.create(pathways.nextId(), "Benchmark with curriculum",
                    "", true, List.of(
                            new Criterion(pathways.nextCriterionId(), "FDS 12 months",
                                    new CriterionKind.AttendanceCompliance(fds.id(), YEAR.from(), YEAR.to()), 1, false),
                            new Criterion(pathways.nextCriterionId(), "FDS topics",
                                    new CriterionKind.CurriculumCompleted(fds.id()), 1, true)));
            pathways.add(twoAttendance);
            pathways.add(withCurriculum);
            // -Dscale.graduation.curriculum=false and -Dscale.graduation.export=false leave those out (a shorter run)
            boolean curriculum = Boolean.parseBoolean(System.getProperty("scale.graduation.curriculum", "true"));
            boolean export = Boolean.parseBoolean(System.getProperty("scale.graduation.export", "true"));
            for (GraduationPathway pathway : curriculum ? List.of(twoAttendance, withCurriculum) : List.of(twoAttendance)) {
                System.out.println(pathway.name() + ":");
                for (ReadinessFilter filter : List.of(ReadinessFilter.ALL, ReadinessFilter.READY)) {
                    measure("  grid opened, " + filter.label() + ": count + first page (50, by name)", runs, () ->
                            readiness.count(pathway.id(), filter, "")
                                    + readiness.list(pathway.id(), filter, "", PageRequest.first(50)).size(),
                            reference);
                }
                measure("  a page far down (offset 500,000)", runs, () -> readiness.list(pathway.id(),
                        ReadinessFilter.ALL, "", new PageRequest(500_000, 50, List.of())).size(), reference);
                if (!export) {
                    continue;
                }
                double exported = measure("  export of every row (streamed, by name)", runs, () -> {
                    AtomicLong rows = new AtomicLong();
                    readiness.export(pathway.id(), ReadinessFilter.ALL, "", row -> rows.incrementAndGet());
                    return rows.get();
                }, reference);
                System.out.printf("%-70s %10s     %5.2fx the compliance export%n", "", "", exported / complianceExport);
            }
            connection.rollback();
        }
    }

    private static double measure(String name, int runs, LongSupplier work, double reference) {
        long best = Long.MAX_VALUE;
        long first = 0;
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            rows = work.getAsLong();
            long took = System.nanoTime() - started;
            first = run == 0 ? took : first;
            best = Math.min(best, took);
        }
        double ms = best / 1e6;
        // the first run may compute what later ones reuse (a compliance snapshot): shown apart
        System.out.printf("%-70s %10.1f ms  %s  (%,d rows, best of %d; first %.1f ms)%n", name, ms,
                reference == 0 ? "1.00x (reference)" : String.format("%5.2fx reference", ms / reference), rows, runs,
                first / 1e6);
        return ms;
    }
}
