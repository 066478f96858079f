package org.sessiontracking.bootstrap.scale;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceQuery;
import org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository;
import org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.verification.JooqFrozenLists;
import org.sessiontracking.adapters.persistence.verification.JooqLateCorrections;
import org.sessiontracking.adapters.persistence.verification.JooqVerificationPeriods;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.usecase.ListReadiness;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.usecase.CloseVerificationPeriod;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentScope;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Times the compliance list of a type with enrolments at national scale (issue 12, "Who is expected to
 * attend"), on the data of {@link NationalScaleDataGenerator}: every one of its areas enrolled in FDS for
 * the whole year, and one more held session per area that nobody has a record of (so every registrant
 * has a missing record), against the same list without enrolment timed in the same run (the compliance
 * of all registrants). A type with enrolments is computed on each read (no snapshot): each figure is the
 * whole list judged with its missing records. Then a graduation pathway on the enrolled type, against the
 * type's own compliance of all registrants. Everything happens in one transaction that is rolled back,
 * so the data stay as they were. Prints figures, asserts nothing about time. Run with:
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=EnrolmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscale.benchmark=true [-Dscale.dir=... | -Dscale.jdbcUrl=...] [-Dscale.runs=2]
 * </pre>
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
class EnrolmentBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private static final Period YEAR = Period.lastTwelveMonths(CLOCK);

    @Test
    void timesTheListOfATypeWithEnrolmentsAgainstTheListWithout() throws Exception {
        int runs = Integer.getInteger("scale.runs", 2);
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
            SessionType fds = types.findByCode("FDS").orElseThrow();
            CompliancePolicy listed = CompliancePolicy.of(fds);
            CompliancePolicy absent = new CompliancePolicy(listed.requiredPercent(), listed.excusedPolicy(),
                    listed.absenceWarning(), MissingRecordPolicy.COUNTS_AS_ABSENT);
            long user = db.resultQuery("select min(id) from app_user").fetchOne(0, Long.class);
            CurrentActor admin = () -> new Actor(new UserId(user), "Benchmark", Role.ADMINISTRATOR);
            ComplianceCriteria criteria = ComplianceCriteria.of(fds.id(), YEAR);
            JooqComplianceQuery query = new JooqComplianceQuery(db);
            try {
                double reference = measure("without enrolment: compliance of all registrants", runs,
                        () -> everyone(query, criteria, listed), 0);
                measure("without enrolment: export rows (sorted by name)", runs, () -> export(query, criteria, listed),
                        reference);

                List<String> areas = db.resultQuery("select distinct area from registrant where area <> '' "
                        + "order by 1").fetch(0, String.class);
                JooqEnrolmentRepository enrolments = new JooqEnrolmentRepository(db, CLOCK);
                for (int i = 0; i < areas.size(); i += EnrolmentScope.MAX_AREAS) {
                    enrolments.add(Enrolment.create(enrolments.nextId(), fds.id(), EnrolmentScope.ofAreas(
                            areas.subList(i, Math.min(areas.size(), i + EnrolmentScope.MAX_AREAS))), YEAR.from(),
                            Optional.empty()), new UserId(user), CLOCK.instant());
                }
                int unrecorded = db.execute("""
                        insert into session (session_type_id, title, session_date, duration_hours, location, area,
                                             facilitator_id, status, created_at, updated_at)
                        select ?, 'Benchmark: nobody recorded', date '2026-11-25', 2, a.area, a.area, ?, 'COMPLETED',
                               now(), now()
                          from (select distinct area from registrant where area <> '') a""", fds.id().value(), user);
                System.out.printf("enrolled %,d areas in %d enrolments; %,d held sessions without records added%n",
                        areas.size(), (areas.size() + EnrolmentScope.MAX_AREAS - 1) / EnrolmentScope.MAX_AREAS,
                        unrecorded);

                // -Dscale.enrolment.full=false: the compliance of all registrants and the pathway only (a shorter run)
                boolean full = Boolean.parseBoolean(System.getProperty("scale.enrolment.full", "true"));
                Map<CompliancePolicy, Double> enrolledLists = new HashMap<>();
                for (CompliancePolicy policy : List.of(listed, absent)) {
                    String under = policy.missingRecordPolicy().label() + ": ";
                    enrolledLists.put(policy, measure(under + "compliance of all registrants", runs,
                            () -> everyone(query, criteria, policy), reference));
                    if (!full) {
                        continue;
                    }
                    measure(under + "grid opened (totals + count + first page by rate)", runs, () ->
                            query.totals(criteria, policy).size() + query.count(criteria, policy)
                                    + query.list(criteria, policy, new PageRequest(0, 50,
                                    List.of(new PageRequest.SortOrder("rate", true)))).size(), reference);
                    measure(under + "export rows (sorted by name)", runs, () -> export(query, criteria, policy),
                            reference);
                    measure(under + policy.absenceWarning() + "+ absences in a row (count)", runs, () -> query.count(
                            criteria.withWarning(ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW), policy), reference);
                }
                readiness(db, types, fds, admin, runs, enrolledLists.get(listed));
                if (!full) {
                    return;
                }
                JooqVerificationPeriods periods = new JooqVerificationPeriods(db);
                CloseVerificationPeriod close = new CloseVerificationPeriod(periods, new JooqLateCorrections(db),
                        new JooqFrozenLists(db), types, admin, CLOCK);
                measure("closing the year (freeze version 1), " + listed.missingRecordPolicy().label(), 1, () -> {
                    VerificationPeriod period = VerificationPeriod.create(periods.nextId(), fds.id(),
                            new PeriodDraft("Benchmark year", YEAR.from(), YEAR.to(), YEAR.to().plusDays(5)));
                    periods.add(period);
                    var result = close.close(new CloseVerificationPeriodUseCase.Command(period.id(),
                            Set.copyOf(periods.unfinishedSessions(fds.id(), YEAR.from(), YEAR.to()).stream()
                                    .map(session -> session.id()).toList())));
                    return ((CloseVerificationPeriodUseCase.Closed) result).version().registrants();
                }, reference);
            } finally {
                connection.rollback();
            }
        }
    }

    /**
     * A graduation pathway whose required attendance criterion is the enrolled type's (with a curriculum
     * criterion of it), timed against that type's compliance of all registrants ({@code enrolledList}, the
     * type's own policy): its list is read from the type's judged list with missing records.
     */
    private static void readiness(DSLContext db, JooqSessionTypeRepository types, SessionType fds, CurrentActor admin,
                                  int runs, double enrolledList) {
        JooqGraduationPathwayRepository pathways = new JooqGraduationPathwayRepository(db);
        GraduationPathway pathway = GraduationPathway.create(pathways.nextId(), "Benchmark enrolled", "", true, List.of(
                new Criterion(pathways.nextCriterionId(), "FDS 12 months",
                        new CriterionKind.AttendanceCompliance(fds.id(), YEAR.from(), YEAR.to()), 2, true),
                new Criterion(pathways.nextCriterionId(), "FDS topics", new CriterionKind.CurriculumCompleted(fds.id()),
                        1, false)));
        pathways.add(pathway);
        ListReadiness readiness = ScaleReadiness.listReadiness(db, pathways, types, admin, CLOCK);
        System.out.printf("pathway on the enrolled type (ratios to its compliance of all registrants, %.1f ms):%n",
                enrolledList);
        for (ReadinessFilter filter : List.of(ReadinessFilter.ALL, ReadinessFilter.READY)) {
            measure("  readiness grid opened, " + filter.label() + ": count + first page (50, by name)", runs, () ->
                    readiness.count(pathway.id(), filter, "")
                            + readiness.list(pathway.id(), filter, "", PageRequest.first(50)).size(), enrolledList);
        }
        measure("  readiness export of every row (by name)", runs, () -> {
            AtomicLong rows = new AtomicLong();
            readiness.export(pathway.id(), ReadinessFilter.ALL, "", row -> rows.incrementAndGet());
            return rows.get();
        }, enrolledList);
    }

    private static long everyone(JooqComplianceQuery query, ComplianceCriteria criteria, CompliancePolicy policy) {
        AtomicLong rows = new AtomicLong();
        query.forEachStatus(criteria, policy, row -> rows.incrementAndGet());
        return rows.get();
    }

    private static long export(JooqComplianceQuery query, ComplianceCriteria criteria, CompliancePolicy policy) {
        AtomicLong rows = new AtomicLong();
        query.forEach(criteria, policy, row -> rows.incrementAndGet());
        return rows.get();
    }

    /** The best of {@code runs}. */
    private static double measure(String name, int runs, LongSupplier work, double reference) {
        long best = Long.MAX_VALUE;
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            rows = work.getAsLong();
            best = Math.min(best, System.nanoTime() - started);
        }
        double ms = best / 1e6;
        System.out.printf("%-70s %10.1f ms  %s  (%,d, best of %d)%n", name, ms,
                reference == 0 ? "1.00x (reference)" : String.format("%5.2fx", ms / reference), rows, runs);
        return ms;
    }
}
