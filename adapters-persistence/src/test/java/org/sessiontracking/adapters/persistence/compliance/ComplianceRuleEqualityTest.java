package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.exemption.JooqExemptionRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of the persistence adapter that computes compliance (the grid's snapshot pages, counts and
 * totals, an area's list, the export, the full-population stream, eligibility facts, curriculum
 * completion's list and the registrant page) equals the domain rule ({@link CountedRecords} then
 * {@link Compliance}) applied in Java to the raw records, on random data, after every kind of change:
 * records added, changed, moved to another registrant or session and deleted; sessions cancelled and
 * un-cancelled, moved to another day or type; the type's threshold and excused policy changed; exemptions
 * of areas and of registrants added, ended earlier and removed, and a registrant moved to another area.
 */
class ComplianceRuleEqualityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] STATUSES = {"PRESENT", "ABSENT", "EXCUSED"};
    private static final ExcusedPolicy[] POLICIES = ExcusedPolicy.values();

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceQuery query = new JooqComplianceQuery(db);
    /** Never computes a snapshot (its background drops the work): every answer is the direct one. */
    private final JooqComplianceQuery direct = new JooqComplianceQuery(db, work -> { });
    private final JooqEligibilityFacts facts = new JooqEligibilityFacts(db);
    private final JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
    private final JooqExemptionRepository exemptions = new JooqExemptionRepository(db, CLOCK);
    private final GetRegistrantCompliance registrantPage = new GetRegistrantCompliance(query, types, exemptions,
            new org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository(db, CLOCK),
            new org.sessiontracking.adapters.persistence.registrant.JooqRegistrantRepository(db, CLOCK), () -> new Actor(new UserId(1), "Tester", Role.ADMINISTRATOR), CLOCK);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Random random = new Random(20261202);
    private long user;
    private long type;
    private long other;
    private final List<Long> people = new ArrayList<>();
    private final List<Long> sessions = new ArrayList<>();

    @Test
    void everyPathEqualsTheDomainRuleAfterEveryKindOfChange() {
        user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'Equality Tester', 'x', 'STAFF', now(), now()) returning id",
                "eq-" + tag).fetchOne(0, Long.class);
        type = type("Equality " + tag);
        other = type("Elsewhere " + tag);
        for (int i = 0; i < 40; i++) {
            people.add(db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, "
                    + "updated_at) values (?, ?, 'INDIVIDUAL', ?, now(), now()) returning id", "eq-" + UUID.randomUUID(),
                    "Person " + tag + " " + i, i % 2 == 0 ? "North " + tag : "South " + tag).fetchOne(0, Long.class));
        }
        for (int i = 0; i < 10; i++) {
            sessions.add(db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                    + "facilitator_id, status, created_at, updated_at) values (?, 'S', ?, 2, ?, 'COMPLETED', now(), now()) "
                    + "returning id", i < 8 ? type : other, LocalDate.of(2026, 1, 5).plusDays(17L * i), user)
                    .fetchOne(0, Long.class));
        }
        for (long session : sessions) {
            for (long person : people) {
                if (random.nextInt(3) > 0) {
                    db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                            + "values (?, ?, ?, ?, now())", session, person, STATUSES[random.nextInt(3)], user);
                }
            }
        }
        List<Period> periods = List.of(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                new Period(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 4, 19)));
        assertEveryPathEqualsTheRule(periods, "initial data");
        // every kind of change once, then the first ones again on the changed data
        for (int round = 0; round < 18; round++) {
            String change = change(round);
            assertEveryPathEqualsTheRule(periods, "round " + round + ": " + change);
        }
    }

    private long type(String name) {
        return db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, 80, false, "
                + "'LEFT_OUT', now(), now()) returning id", name).fetchOne(0, Long.class);
    }

    private long any(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static final int CHANGES = 14;
    private final List<ExemptionId> ours = new ArrayList<>();

    private String change(int round) {
        long session = any(sessions);
        long person = any(people);
        switch (round % CHANGES) {
            case 0 -> db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                    + "values (?, ?, 'ABSENT', ?, now()) on conflict (session_id, registrant_id) do update set status = "
                    + "case attendance.status when 'ABSENT' then 'EXCUSED' else 'ABSENT' end", session, person, user);
            case 1 -> db.execute("update attendance set status = case status when 'PRESENT' then 'ABSENT' "
                    + "when 'ABSENT' then 'EXCUSED' else 'PRESENT' end where session_id = ?", session);
            case 2 -> db.execute("delete from attendance where registrant_id = ? and session_id = any(?)", person,
                    sessions.subList(0, 4).toArray(Long[]::new));
            case 3 -> db.execute("update session set status = case status when 'CANCELLED' then 'COMPLETED' "
                    + "else 'CANCELLED' end, cancel_reason = case status when 'CANCELLED' then null else 'flood' end "
                    + "where id = ?", session);
            case 4 -> db.execute("update session set session_date = case when session_date > date '2026-06-30' "
                    + "then date '2026-03-20' else date '2026-08-20' end where id = ?", session);
            case 5 -> db.execute("update session set session_type_id = case session_type_id when ? then ? else ? end "
                    + "where id = ?", type, other, type, session);
            case 6 -> db.execute("update attendance set registrant_id = ? where session_id = ? and registrant_id = "
                    + "(select registrant_id from attendance where session_id = ? order by registrant_id limit 1) "
                    + "and not exists (select 1 from attendance where session_id = ? and registrant_id = ?)",
                    person, session, session, session, person);
            case 7 -> db.execute("update attendance set session_id = ? where registrant_id = ? and session_id = ? "
                    + "and not exists (select 1 from attendance where session_id = ? and registrant_id = ?)",
                    any(sessions), person, session, session, person);
            case 8 -> db.execute("update session_type set required_attendance = ?, excused_policy = ? where id = ?",
                    random.nextInt(5) * 25, POLICIES[random.nextInt(POLICIES.length)].name(), type);
            case 9 -> exempt(ExemptionScope.ofAreas(List.of((random.nextBoolean() ? "north " : "SOUTH ") + tag)));
            case 10 -> exempt(ExemptionScope.ofRegistrants(java.util.stream.Stream.of(person, any(people), any(people))
                    .map(RegistrantId::new).collect(java.util.stream.Collectors.toSet())));
            case 11 -> ours.stream().skip(random.nextInt(Math.max(1, ours.size()))).findFirst()
                    .flatMap(exemptions::findById).filter(exemption -> exemption.to().isAfter(exemption.from()))
                    .ifPresent(exemption -> {
                        exemption.endOn(exemption.from().plusDays(random.nextInt(
                                (int) (exemption.to().toEpochDay() - exemption.from().toEpochDay()))));
                        exemptions.update(exemption);
                    });
            case 12 -> {
                if (!ours.isEmpty()) {
                    exemptions.remove(ours.remove(random.nextInt(ours.size())));
                }
            }
            default -> db.execute("update registrant set area = case when area = ? then ? else ? end where id = ?",
                    "North " + tag, "South " + tag, "North " + tag, person);
        }
        return List.of("record saved", "session's records changed", "records deleted", "session (un)cancelled",
                "session moved in time", "session moved to another type", "record moved to another registrant",
                "record moved to another session", "threshold and excused policy changed", "area exempted",
                "registrants exempted", "exemption ended earlier", "exemption removed",
                "registrant moved to another area").get(round % CHANGES);
    }

    /** An exemption of a random stretch of the data's months, for the main type or every type. */
    private void exempt(ExemptionScope scope) {
        LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(150));
        Exemption exemption = Exemption.create(exemptions.nextId(), random.nextBoolean() ? Optional.of(
                new SessionTypeId(type)) : Optional.empty(), from, from.plusDays(10 + random.nextInt(60)), scope,
                "Emergency " + ours.size());
        exemptions.add(exemption, new UserId(user), CLOCK.instant());
        ours.add(exemption.id());
    }

    private Map<Long, String> areas() {
        Map<Long, String> areas = new HashMap<>();
        db.resultQuery("select id, area from registrant where id = any(?)", (Object) people.toArray(Long[]::new))
                .forEach(record -> areas.put(record.get(0, Long.class), record.get(1, String.class)));
        return areas;
    }

    /** The raw records of the people, each marked exempt by the domain's Exemption.covers. */
    private Map<Long, List<AttendanceRecord>> records() {
        Map<Long, String> areas = areas();
        List<Exemption> all = exemptions.list().stream().map(ExemptionRow::exemption).toList();
        Map<Long, List<AttendanceRecord>> records = new HashMap<>();
        db.resultQuery("select a.registrant_id, s.session_type_id, s.session_date, s.status = 'CANCELLED', a.status "
                        + "from attendance a join session s on s.id = a.session_id where a.registrant_id = any(?)",
                (Object) people.toArray(Long[]::new)).forEach(record -> {
            long registrant = record.get(0, Long.class);
            SessionTypeId recordType = new SessionTypeId(record.get(1, Long.class));
            LocalDate date = record.get(2, LocalDate.class);
            boolean exempt = all.stream().anyMatch(exemption -> exemption.covers(new RegistrantId(registrant),
                    areas.get(registrant), recordType, date));
            records.computeIfAbsent(registrant, id -> new ArrayList<>()).add(new AttendanceRecord(recordType, date,
                    record.get(3, Boolean.class), AttendanceStatus.valueOf(record.get(4, String.class)), exempt));
        });
        return records;
    }

    /** The domain rule on the raw records, per registrant with at least one counted record. */
    private Map<Long, Compliance> expected(SessionTypeId typeId, Period period, CompliancePolicy policy) {
        Map<Long, List<AttendanceRecord>> records = records();
        Map<Long, Compliance> expected = new HashMap<>();
        records.forEach((registrant, list) -> {
            AttendanceCounts counts = CountedRecords.tally(list, typeId, period.from(), period.to());
            if (counts.records() > 0) {
                expected.put(registrant, policy.evaluate(counts));
            }
        });
        return expected;
    }

    private void assertEveryPathEqualsTheRule(List<Period> periods, String when) {
        for (long typeValue : List.of(type, other)) {
            SessionType sessionType = types.findById(new SessionTypeId(typeValue)).orElseThrow();
            CompliancePolicy policy = CompliancePolicy.of(sessionType);
            for (Period period : periods) {
                String what = when + ", type " + sessionType.name() + ", " + period;
                ComplianceCriteria criteria = ComplianceCriteria.of(sessionType.id(), period);
                Map<Long, Compliance> expected = expected(sessionType.id(), period, policy);

                Map<Long, Compliance> grid = new HashMap<>();
                query.list(criteria, policy, new PageRequest(0, 1000, List.of(new PageRequest.SortOrder("rate", true))))
                        .forEach(row -> grid.put(row.registrant().value(), compliance(row, policy)));
                assertThat(grid).as("grid page: " + what).isEqualTo(expected);
                Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
                for (ComplianceStatus status : ComplianceStatus.values()) {
                    totals.put(status, (int) expected.values().stream().filter(c -> c.status() == status).count());
                    assertThat(query.count(criteria.withStatus(status), policy)).as("count of %s: %s", status, what)
                            .isEqualTo(totals.get(status));
                }
                assertThat(query.totals(criteria, policy)).as("totals: " + what).isEqualTo(totals);
                assertThat(query.count(criteria, policy)).as("count: " + what).isEqualTo(expected.size());

                assertThat(direct.totals(criteria, policy)).as("direct totals: " + what).isEqualTo(totals);
                assertThat(direct.count(criteria.withStatus(ComplianceStatus.COMPLIANT), policy))
                        .as("direct count: " + what).isEqualTo(totals.get(ComplianceStatus.COMPLIANT));
                for (String sort : List.of("rate", "counted")) {
                    for (boolean ascending : List.of(true, false)) {
                        List<PageRequest.SortOrder> order = List.of(new PageRequest.SortOrder(sort, ascending));
                        List<ComplianceRow> whole = query.list(criteria, policy, new PageRequest(0, 1000, order));
                        List<ComplianceRow> paged = new ArrayList<>();
                        for (int offset = 0; offset < whole.size() + 7; offset += 7) {
                            paged.addAll(direct.list(criteria, policy, new PageRequest(offset, 7, order)));
                        }
                        assertThat(paged).as("direct pages by %s %s equal the snapshot's: %s", sort,
                                ascending ? "asc" : "desc", what).isEqualTo(whole);
                    }
                }

                Map<Long, Compliance> north = new HashMap<>();
                query.list(criteria.withArea("north " + tag), policy, PageRequest.first(1000))
                        .forEach(row -> north.put(row.registrant().value(), compliance(row, policy)));
                Map<Long, String> areas = areas();
                assertThat(north).as("an area's list: " + what).isEqualTo(only(expected,
                        person -> areas.get(person).equals("North " + tag)));
                assertThat(query.totals(criteria.withArea("North " + tag), policy).values().stream()
                        .mapToInt(Integer::intValue).sum()).as("an area's totals: " + what).isEqualTo(north.size());

                Map<Long, Compliance> export = new HashMap<>();
                query.forEach(criteria, policy, row -> export.put(row.registrant().value(), compliance(row, policy)));
                assertThat(export).as("export: " + what).isEqualTo(expected);
                Map<Long, Compliance> stream = new HashMap<>();
                query.forEachStatus(criteria, policy, row -> stream.put(row.registrant().value(), compliance(row, policy)));
                assertThat(stream).as("all registrants: " + what).isEqualTo(expected);

                FactKey key = new FactKey(sessionType.name(), period);
                List<FactRequest> requests = List.of(new FactRequest(key, sessionType.id(), period, Set.of()));
                Map<Long, Compliance> eligibility = new HashMap<>();
                facts.forEachRegistrant(requests, row -> {
                    if (people.contains(row.registrant().value()) && row.counts().containsKey(key)) {
                        eligibility.put(row.registrant().value(), policy.evaluate(row.counts().get(key)));
                    }
                });
                assertThat(eligibility).as("eligibility facts: " + what).isEqualTo(expected);
                long someone = people.get(3);
                assertThat(facts.factsOf(new RegistrantId(someone), requests).map(RegistrantFacts::counts)
                        .map(counts -> counts.get(key)).map(policy::evaluate).orElse(null))
                        .as("one registrant's facts: " + what).isEqualTo(expected.get(someone));

                assertThat(query.countCurriculum(sessionType, java.util.Optional.of(period), false))
                        .as("curriculum list: " + what).isEqualTo(expected.size());

                Map<Long, List<AttendanceRecord>> records = records();
                Map<Long, Integer> leftOut = new HashMap<>();
                records.forEach((person, list) -> {
                    int exempted = (int) list.stream().filter(record -> CountedRecords.exempted(record,
                            sessionType.id(), period.from(), period.to())).count();
                    if (exempted > 0) {
                        leftOut.put(person, exempted);
                    }
                });
                Map<Long, Integer> reported = new HashMap<>();
                exemptions.leftOut(sessionType.id(), period.from(), period.to(),
                                people.stream().map(RegistrantId::new).toList())
                        .forEach((person, left) -> reported.put(person.value(), left.sessions()));
                assertThat(reported).as("records left out by exemptions: " + what).isEqualTo(leftOut);

                for (long person : people.subList(0, 8)) {
                    java.util.Optional<TypeCompliance> page = registrantPage.get(new RegistrantId(person), period)
                            .perType().stream().filter(perType -> perType.type().equals(sessionType.id())).findFirst();
                    // a type all of whose records exemptions left out is listed, with nothing counted, to say so
                    Compliance shown = expected.containsKey(person) || !leftOut.containsKey(person)
                            ? expected.get(person) : policy.evaluate(new AttendanceCounts(0, 0, 0));
                    assertThat(page.map(TypeCompliance::compliance).orElse(null))
                            .as("registrant page of %s: %s", person, what).isEqualTo(shown);
                    assertThat(page.flatMap(TypeCompliance::exempt).map(note -> note.sessions()).orElse(0))
                            .as("registrant page's exempt sessions of %s: %s", person, what)
                            .isEqualTo(leftOut.getOrDefault(person, 0));
                }
            }
        }
    }

    private static Map<Long, Compliance> only(Map<Long, Compliance> all, java.util.function.LongPredicate who) {
        Map<Long, Compliance> some = new HashMap<>();
        all.forEach((person, compliance) -> {
            if (who.test(person)) {
                some.put(person, compliance);
            }
        });
        return some;
    }

    private static Compliance compliance(ComplianceRow row, CompliancePolicy policy) {
        Compliance computed = new Compliance(row.counts(), row.attended(), row.counted(), policy.requiredPercent(),
                row.status());
        return computed;
    }
}
