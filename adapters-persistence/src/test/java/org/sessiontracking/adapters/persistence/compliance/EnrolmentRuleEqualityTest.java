package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.enrolment.JooqEnrolmentRepository;
import org.sessiontracking.adapters.persistence.exemption.JooqExemptionRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.domain.attendance.AbsenceRun;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.attendance.CountedRecords.ExpectedSession;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.enrolment.EnrolmentScope;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance list's paths of the persistence adapter (pages, counts, totals, an area's list, the
 * export, the full-population stream, the "absences in a row" warning) equal the domain rule with enrolment ({@link Enrolment#expects},
 * {@link CountedRecords#missing}, {@link Compliance#of(AttendanceCounts, int, CompliancePolicy)}, {@link AbsenceRun}) applied in
 * Java to the raw data, on random data, after every kind of change that moves a missing record: sessions
 * held, cancelled, reopened or moved to another area; records added and deleted; enrolments of areas,
 * households and registrants added, ended and removed; registrants moved, (de)activated or moved to another
 * household; exemptions added; the missing-record and excused policies changed. A second type that is
 * never enrolled keeps the list it had before enrolment existed (only registrants with a counted record).
 */
class EnrolmentRuleEqualityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] STATUSES = {"PRESENT", "ABSENT", "EXCUSED"};
    private static final String[] SESSION_STATUSES = {"COMPLETED", "COMPLETED", "SCHEDULED", "IN_PROGRESS", "CANCELLED"};
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceQuery query = new JooqComplianceQuery(db);
    private final JooqComplianceQuery direct = new JooqComplianceQuery(db, work -> { });
    private final JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
    private final JooqExemptionRepository exemptions = new JooqExemptionRepository(db, CLOCK);
    private final JooqEnrolmentRepository enrolments = new JooqEnrolmentRepository(db, CLOCK);
    private final org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance registrantPage =
            new org.sessiontracking.application.compliance.usecase.GetRegistrantCompliance(query, types, exemptions,
                    enrolments, new org.sessiontracking.adapters.persistence.registrant.JooqRegistrantRepository(db, CLOCK),
                    () -> new org.sessiontracking.domain.user.Actor(new UserId(1), "Tester",
                            org.sessiontracking.domain.user.Role.ADMINISTRATOR), CLOCK);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Random random = new Random(20261203);
    private long user;
    private long type;
    private long other;
    private final List<Long> people = new ArrayList<>();
    private final List<Long> households = new ArrayList<>();
    private final List<Long> sessions = new ArrayList<>();
    private final List<EnrolmentId> ours = new ArrayList<>();

    /** A session's area: sessions of one area may spell it differently. */
    private String area(int i) {
        return switch (i % 4) {
            case 0 -> "North " + tag;
            case 1 -> " north " + tag + " ";
            case 2 -> "South " + tag;
            default -> "";
        };
    }

    /** A registrant's area, as the registry keeps it (trimmed). */
    private String home(int i) {
        return switch (i % 4) {
            case 0 -> "North " + tag;
            case 1 -> "NORTH " + tag;
            case 2 -> "South " + tag;
            default -> "";
        };
    }

    @Test
    void theListEqualsTheDomainRuleWithEnrolmentAfterEveryKindOfChange() {
        user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'Enrolment Tester', 'x', 'MANAGER', now(), now()) returning id",
                "en-" + tag).fetchOne(0, Long.class);
        type = type("Enrolled " + tag);
        other = type("Never enrolled " + tag);
        for (int i = 0; i < 3; i++) {
            households.add(db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, "
                    + "updated_at) values (?, ?, 'GROUP', ?, now(), now()) returning id", "hh-" + UUID.randomUUID(),
                    "Household " + tag + " " + i, "Home " + tag).fetchOne(0, Long.class));
        }
        for (int i = 0; i < 30; i++) {
            people.add(db.resultQuery("insert into registrant (external_id, full_name, kind, area, group_id, active, "
                    + "created_at, updated_at) values (?, ?, 'INDIVIDUAL', ?, ?, ?, now(), now()) returning id",
                    "en-" + UUID.randomUUID(), "Person " + tag + " " + i, home(i),
                    i % 3 == 0 ? households.get(i % households.size()) : null, i % 11 != 5).fetchOne(0, Long.class));
        }
        for (int i = 0; i < 12; i++) {
            sessions.add(db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                    + "facilitator_id, status, cancel_reason, area, created_at, updated_at) values (?, 'S', ?, 2, ?, ?, "
                    + "case when ? = 'CANCELLED' then 'flood' end, ?, now(), now()) returning id", i < 10 ? type : other,
                    START.plusDays(4 + 15L * i), user, SESSION_STATUSES[i % SESSION_STATUSES.length],
                    SESSION_STATUSES[i % SESSION_STATUSES.length], area(random.nextInt(4))).fetchOne(0, Long.class));
        }
        for (long session : sessions) {
            for (long person : people.subList(4, people.size())) {
                if (random.nextInt(2) > 0) {
                    db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                            + "values (?, ?, ?, ?, now())", session, person, STATUSES[random.nextInt(3)], user);
                }
            }
        }
        List<Period> periods = List.of(new Period(START, LocalDate.of(2026, 6, 30)),
                new Period(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 4, 19)));
        assertTheListEqualsTheRule(periods, "before any enrolment");
        enrol(EnrolmentScope.ofAreas(List.of("NORTH " + tag)));
        assertTheListEqualsTheRule(periods, "an area enrolled");
        for (int round = 0; round < 26; round++) {
            String change = change(round);
            assertTheListEqualsTheRule(periods, "round " + round + ": " + change);
        }
        assertThat(seenMissing).as("some rows had missing records").isTrue();
        assertThat(seenMissingInARun).as("missing records made some runs of absences long enough").isTrue();
        assertThat(seenWithoutRecords).as("some enrolled registrants had no record at all").isTrue();
    }

    private boolean seenMissing;
    private boolean seenMissingInARun;
    private boolean seenWithoutRecords;

    private long type(String name) {
        return db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, 75, false, "
                + "'LEFT_OUT', now(), now()) returning id", name).fetchOne(0, Long.class);
    }

    private long any(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void enrol(EnrolmentScope scope) {
        LocalDate from = START.plusDays(random.nextInt(120));
        Optional<LocalDate> to = random.nextBoolean() ? Optional.empty()
                : Optional.of(from.plusDays(random.nextInt(90)));
        Enrolment enrolment = Enrolment.create(enrolments.nextId(), new SessionTypeId(type), scope, from, to);
        enrolments.add(enrolment, new UserId(user), CLOCK.instant());
        ours.add(enrolment.id());
    }

    private Set<RegistrantId> some(List<Long> ids, int count) {
        return Stream.generate(() -> any(ids)).limit(count).map(RegistrantId::new).collect(Collectors.toSet());
    }

    private static final int CHANGES = 13;

    private String change(int round) {
        long session = any(sessions);
        long person = any(people);
        switch (round % CHANGES) {
            case 0 -> {
                String status = SESSION_STATUSES[random.nextInt(SESSION_STATUSES.length)];
                db.execute("update session set status = ?, cancel_reason = case when ? = 'CANCELLED' then 'flood' end "
                        + "where id = ?", status, status, session);
            }
            case 1 -> db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                    + "values (?, ?, ?, ?, now()) on conflict (session_id, registrant_id) do nothing", session, person,
                    STATUSES[random.nextInt(3)], user);
            case 2 -> db.execute("delete from attendance where registrant_id = ? and session_id = any(?)", person,
                    sessions.subList(0, 6).toArray(Long[]::new));
            case 3 -> enrol(EnrolmentScope.ofHouseholds(some(households, 2)));
            case 4 -> enrol(EnrolmentScope.ofRegistrants(some(people, 4)));
            case 5 -> ours.stream().skip(random.nextInt(ours.size())).findFirst().flatMap(enrolments::findById)
                    .ifPresent(enrolment -> {
                        LocalDate last = enrolment.from().plusDays(random.nextInt(60));
                        if (enrolment.to().map(to -> !last.isAfter(to)).orElse(true)) {
                            enrolment.endOn(last);
                            enrolments.update(enrolment);
                        }
                    });
            case 6 -> db.execute("update registrant set area = ? where id = ?", home(random.nextInt(4)), person);
            case 7 -> db.execute("update registrant set active = not active where id = ?", person);
            case 8 -> db.execute("update session_type set missing_record_policy = ?, excused_policy = ?, "
                            + "required_attendance = ?, absence_warning = ? where id = ?",
                    MissingRecordPolicy.values()[round / CHANGES % 2 == 0 ? 0 : 1].name(),
                    ExcusedPolicy.values()[random.nextInt(3)].name(), 25 + random.nextInt(4) * 25,
                    1 + random.nextInt(3), type);
            case 9 -> {
                LocalDate from = START.plusDays(random.nextInt(150));
                ExemptionScope scope = random.nextBoolean() ? ExemptionScope.ofAreas(List.of("north " + tag))
                        : ExemptionScope.ofRegistrants(some(people, 3));
                exemptions.add(Exemption.create(exemptions.nextId(), Optional.empty(), from,
                        from.plusDays(10 + random.nextInt(40)), scope, "Emergency"), new UserId(user), CLOCK.instant());
            }
            case 10 -> db.execute("update session set area = ? where id = ?", area(random.nextInt(4)), session);
            case 11 -> db.execute("update registrant set group_id = ? where id = ?", any(households), person);
            default -> {
                if (ours.size() > 1) {
                    enrolments.remove(ours.remove(random.nextInt(ours.size())));
                } else {
                    enrol(EnrolmentScope.ofAreas(List.of("South " + tag)));
                }
            }
        }
        return List.of("session status changed", "record added", "records deleted", "households enrolled",
                "registrants enrolled", "enrolment ended", "registrant moved to another area",
                "registrant (de)activated", "missing-record and excused policies changed", "exemption added",
                "session moved to another area", "registrant moved to another household",
                "enrolment removed").get(round % CHANGES);
    }

    /** Filled by {@link #expected}: the records and missing-record dates of each registrant on the list. */
    private final Map<Long, List<AttendanceRecord>> recordsOf = new HashMap<>();
    private final Map<Long, List<LocalDate>> missingOf = new HashMap<>();

    private record Person(String area, Optional<RegistrantId> household, boolean active) {
    }

    private record Held(SessionTypeId type, LocalDate date, SessionStatus status, String area) {
    }

    /** The domain rule on the raw data, per registrant listed: with a counted record, or enrolled in the period. */
    private Map<Long, Compliance> expected(SessionTypeId typeId, Period period, CompliancePolicy policy) {
        Map<Long, Person> persons = new HashMap<>();
        db.resultQuery("select id, area, group_id, active from registrant where id = any(?)",
                (Object) people.toArray(Long[]::new)).forEach(r -> persons.put(r.get(0, Long.class), new Person(
                r.get(1, String.class), Optional.ofNullable(r.get(2, Long.class)).map(RegistrantId::new),
                r.get(3, Boolean.class))));
        Map<Long, Held> held = new HashMap<>();
        db.resultQuery("select id, session_type_id, session_date, status, area from session where id = any(?)",
                (Object) sessions.toArray(Long[]::new)).forEach(r -> held.put(r.get(0, Long.class), new Held(
                new SessionTypeId(r.get(1, Long.class)), r.get(2, LocalDate.class),
                SessionStatus.valueOf(r.get(3, String.class)), r.get(4, String.class))));
        Set<List<Long>> recorded = new HashSet<>();
        Map<Long, List<AttendanceRecord>> records = new HashMap<>();
        List<Exemption> allExemptions = exemptions.list().stream().map(ExemptionRow::exemption).toList();
        db.resultQuery("select registrant_id, session_id, status from attendance where registrant_id = any(?)",
                (Object) people.toArray(Long[]::new)).forEach(r -> {
            long registrant = r.get(0, Long.class);
            long sessionId = r.get(1, Long.class);
            recorded.add(List.of(registrant, sessionId));
            Held s = held.get(sessionId);
            boolean exempt = allExemptions.stream().anyMatch(e -> e.covers(new RegistrantId(registrant),
                    persons.get(registrant).area(), s.type(), s.date()));
            records.computeIfAbsent(registrant, id -> new ArrayList<>()).add(new AttendanceRecord(s.type(), s.date(),
                    s.status() == SessionStatus.CANCELLED, AttendanceStatus.valueOf(r.get(2, String.class)), exempt));
        });
        List<Enrolment> ofType = enrolments.list().stream().map(EnrolmentRow::enrolment)
                .filter(enrolment -> enrolment.type().equals(typeId)).toList();
        Map<Long, Compliance> expected = new HashMap<>();
        recordsOf.clear();
        missingOf.clear();
        for (long registrant : people) {
            Person person = persons.get(registrant);
            RegistrantId id = new RegistrantId(registrant);
            AttendanceCounts counts = CountedRecords.tally(records.getOrDefault(registrant, List.of()), typeId,
                    period.from(), period.to());
            boolean listed = person.active() && ofType.stream().anyMatch(enrolment -> enrolment.overlaps(period.from(),
                    period.to()) && enrolment.scope().includes(id, person.area(), person.household()));
            int missing = 0;
            for (Map.Entry<Long, Held> entry : held.entrySet()) {
                Held s = entry.getValue();
                boolean enrolled = Enrolment.expects(ofType, id, person.area(), person.household(), person.active(),
                        s.date());
                boolean exempt = allExemptions.stream().anyMatch(e -> e.covers(id, person.area(), s.type(), s.date()));
                if (CountedRecords.missing(new ExpectedSession(s.type(), s.date(), s.status(), s.area()), typeId,
                        period.from(), period.to(), person.area(), enrolled,
                        recorded.contains(List.of(registrant, entry.getKey())), exempt)) {
                    missing++;
                    missingOf.computeIfAbsent(registrant, any -> new ArrayList<>()).add(s.date());
                }
            }
            if (counts.records() > 0 || listed) {
                expected.put(registrant, policy.evaluate(counts, missing));
                recordsOf.put(registrant, records.getOrDefault(registrant, List.of()));
            }
        }
        return expected;
    }

    private void assertTheListEqualsTheRule(List<Period> periods, String when) {
        for (long typeValue : List.of(type, other)) {
            SessionType sessionType = types.findById(new SessionTypeId(typeValue)).orElseThrow();
            CompliancePolicy policy = CompliancePolicy.of(sessionType);
            for (Period period : periods) {
                String what = when + ", type " + sessionType.name() + ", " + period;
                ComplianceCriteria criteria = ComplianceCriteria.of(sessionType.id(), period);
                Map<Long, Compliance> expected = expected(sessionType.id(), period, policy);
                seenMissing |= expected.values().stream().anyMatch(c -> c.missing() > 0);
                seenWithoutRecords |= expected.values().stream().anyMatch(c -> c.counts().records() == 0);
                if (typeValue == other) {
                    assertThat(expected.values()).as("never enrolled: only registrants with a record, none missing")
                            .allMatch(c -> c.counts().records() > 0 && c.missing() == 0);
                }

                assertThat(rows(query.list(criteria, policy, new PageRequest(0, 1000,
                        List.of(new PageRequest.SortOrder("rate", true)))), policy)).as("grid page: " + what)
                        .isEqualTo(expected);
                Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
                for (ComplianceStatus status : ComplianceStatus.values()) {
                    totals.put(status, (int) expected.values().stream().filter(c -> c.status() == status).count());
                    assertThat(query.count(criteria.withStatus(status), policy)).as("count of %s: %s", status, what)
                            .isEqualTo(totals.get(status));
                }
                assertThat(query.totals(criteria, policy)).as("totals: " + what).isEqualTo(totals);
                assertThat(direct.totals(criteria, policy)).as("direct totals: " + what).isEqualTo(totals);
                List<PageRequest.SortOrder> byCounted = List.of(new PageRequest.SortOrder("counted", false));
                List<ComplianceRow> whole = query.list(criteria, policy, new PageRequest(0, 1000, byCounted));
                List<ComplianceRow> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size() + 7; offset += 7) {
                    paged.addAll(direct.list(criteria, policy, new PageRequest(offset, 7, byCounted)));
                }
                assertThat(paged).as("direct pages equal the whole list: " + what).isEqualTo(whole);

                Map<Long, String> areas = new HashMap<>();
                db.resultQuery("select id, area from registrant where id = any(?)", (Object) people.toArray(Long[]::new))
                        .forEach(r -> areas.put(r.get(0, Long.class), r.get(1, String.class)));
                Map<Long, Compliance> north = rows(query.list(criteria.withArea("south " + tag), policy,
                        PageRequest.first(1000)), policy);
                Map<Long, Compliance> expectedNorth = new HashMap<>(expected);
                expectedNorth.keySet().removeIf(person -> !areas.get(person).strip().equalsIgnoreCase("South " + tag));
                assertThat(north).as("an area's list: " + what).isEqualTo(expectedNorth);

                Map<Long, Compliance> export = new HashMap<>();
                query.forEach(criteria, policy, row -> export.put(row.registrant().value(), compliance(row, policy)));
                assertThat(export).as("export: " + what).isEqualTo(expected);
                // the registrant page of some on the list, those without any record among them
                List<Long> someListed = expected.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).filter(e -> e.getKey() % 3 == 0 || e.getValue().counts().records() == 0)
                        .map(Map.Entry::getKey).limit(8).toList();
                for (Long person : someListed) {
                    assertThat(registrantPage.get(new RegistrantId(person), period).perType().stream()
                            .filter(line -> line.type().equals(sessionType.id())).findFirst()
                            .map(org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance::compliance))
                            .as("registrant page of " + person + ": " + what).contains(expected.get(person));
                }
                assertTheRunOfAbsencesIsTheDomainRule(criteria, policy, expected.keySet(), what);
                Map<Long, ComplianceStatus> stream = new HashMap<>();
                query.forEachStatus(criteria, policy, row -> stream.put(row.registrant().value(), row.status()));
                Map<Long, ComplianceStatus> expectedStatus = new HashMap<>();
                expected.forEach((person, compliance) -> expectedStatus.put(person, compliance.status()));
                assertThat(stream).as("all registrants: " + what).isEqualTo(expectedStatus);
            }
        }
    }

    /** The "absences in a row" warning lists whom {@link AbsenceRun} names, missing records included. */
    private void assertTheRunOfAbsencesIsTheDomainRule(ComplianceCriteria criteria, CompliancePolicy policy,
                                                       Set<Long> listed, String what) {
        Set<Long> expected = new TreeSet<>();
        for (long person : listed) {
            List<AttendanceRecord> records = recordsOf.get(person);
            List<LocalDate> missing = missingOf.getOrDefault(person, List.of());
            int run = AbsenceRun.of(records, missing, criteria.type(), criteria.period().from(),
                    criteria.period().to(), policy.excusedPolicy(), policy.missingRecordPolicy());
            if (run >= policy.absenceWarning()) {
                expected.add(person);
                seenMissingInARun |= AbsenceRun.of(records, List.of(), criteria.type(), criteria.period().from(),
                        criteria.period().to(), policy.excusedPolicy(), policy.missingRecordPolicy())
                        < policy.absenceWarning();
            }
        }
        ComplianceCriteria warned = criteria.withWarning(ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW);
        Set<Long> page = new TreeSet<>(rows(query.list(warned, policy, PageRequest.first(1000)), policy).keySet());
        assertThat(page).as("absences in a row: " + what).isEqualTo(expected);
        Set<Long> export = new TreeSet<>();
        query.forEach(warned, policy, row -> {
            if (people.contains(row.registrant().value())) {
                export.add(row.registrant().value());
            }
        });
        assertThat(export).as("absences in a row, export: " + what).isEqualTo(expected);
    }

    private Map<Long, Compliance> rows(List<ComplianceRow> rows, CompliancePolicy policy) {
        Map<Long, Compliance> byPerson = new HashMap<>();
        rows.stream().filter(row -> people.contains(row.registrant().value()))
                .forEach(row -> byPerson.put(row.registrant().value(), compliance(row, policy)));
        return byPerson;
    }

    private static Compliance compliance(ComplianceRow row, CompliancePolicy policy) {
        return new Compliance(row.counts(), row.attended(), row.counted(), policy.requiredPercent(), row.status(),
                row.missing());
    }
}
