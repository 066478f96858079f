package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.eligibility.JooqEligibilityFacts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database's compliance computation equals the domain rule for every registrant of randomly
 * generated attendance: cancelled sessions, other types, sessions outside the period and every
 * excused policy included.
 */
class JooqComplianceQueryTest {

    private static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final String[] STATUSES = {"PRESENT", "ABSENT", "EXCUSED"};

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceQuery query = new JooqComplianceQuery(db);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long user;

    @BeforeEach
    void user() {
        user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'Compliance Tester', 'x', 'STAFF', now(), now()) returning id",
                "ct-" + tag).fetchOne(0, Long.class);
    }

    private long type(int required, ExcusedPolicy policy) {
        return db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                        + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, ?, false, ?, "
                        + "now(), now()) returning id", "Type " + tag + " " + required + policy, required,
                policy.name()).fetchOne(0, Long.class);
    }

    private long session(long type, LocalDate date, boolean cancelled) {
        return db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                        + "facilitator_id, status, cancel_reason, created_at, updated_at) values (?, 'S', ?, 2, ?, ?, ?, "
                        + "now(), now()) returning id", type, date, user, cancelled ? "CANCELLED" : "COMPLETED",
                cancelled ? "rain" : null).fetchOne(0, Long.class);
    }

    private long registrant(String name, String area) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                        + "values (?, ?, 'INDIVIDUAL', ?, now(), now()) returning id", "x-" + UUID.randomUUID(), name, area)
                .fetchOne(0, Long.class);
    }

    private final List<org.jooq.Query> pending = new ArrayList<>();

    /** Queued, and written in one batch by {@link #flush()}: the test database opens a connection per statement. */
    private void attend(long session, long registrant, String status) {
        pending.add(db.query("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, now())", session, registrant, status, user));
    }

    private void flush() {
        db.batch(pending).execute();
        pending.clear();
    }

    @ParameterizedTest(name = "required {0}%, excused {1}")
    @CsvSource({"80, LEFT_OUT", "85, COUNTS_AS_PRESENT", "75, COUNTS_AS_ABSENT", "100, LEFT_OUT", "0, LEFT_OUT",
            "67, COUNTS_AS_ABSENT"})
    void databaseComputationEqualsTheDomainRuleForEveryRegistrant(int required, ExcusedPolicy policy) {
        Random random = new Random(required * 31L + policy.ordinal());
        long type = type(required, policy);
        long otherType = type(50, ExcusedPolicy.LEFT_OUT);
        String area = "Area " + tag;
        List<Long> counted = new ArrayList<>();
        List<Long> ignored = new ArrayList<>();
        for (int month = 1; month <= 6; month++) {
            counted.add(session(type, LocalDate.of(2026, month, 1 + random.nextInt(28)), false));
        }
        counted.add(session(type, PERIOD.from(), false));
        counted.add(session(type, PERIOD.to(), false));
        ignored.add(session(type, LocalDate.of(2026, 3, 3), true));
        ignored.add(session(type, PERIOD.from().minusDays(1), false));
        ignored.add(session(type, PERIOD.to().plusDays(1), false));
        ignored.add(session(otherType, LocalDate.of(2026, 2, 2), false));

        Map<Long, int[]> expected = new HashMap<>();
        for (int i = 0; i < 150; i++) {
            long registrant = registrant("Person " + tag + " " + i, area);
            int[] pae = new int[3];
            for (long session : counted) {
                if (random.nextInt(4) > 0) {
                    int status = random.nextInt(10) < 6 ? 0 : random.nextInt(3);
                    attend(session, registrant, STATUSES[status]);
                    pae[status]++;
                }
            }
            boolean any = pae[0] + pae[1] + pae[2] > 0;
            for (long session : ignored) {
                if (random.nextBoolean()) {
                    attend(session, registrant, STATUSES[random.nextInt(3)]);
                }
            }
            if (any) {
                expected.put(registrant, pae);
            }
        }
        flush();
        CompliancePolicy rule = new CompliancePolicy(required, policy);
        ComplianceCriteria criteria = ComplianceCriteria.of(new SessionTypeId(type), PERIOD);

        Map<Long, ComplianceRow> actual = new HashMap<>();
        query.forEach(criteria, rule, row -> actual.put(row.registrant().value(), row));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        Map<ComplianceStatus, Integer> expectedTotals = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            expectedTotals.put(status, 0);
        }
        expected.forEach((registrant, pae) -> {
            Compliance domain = rule.evaluate(new AttendanceCounts(pae[0], pae[1], pae[2]));
            ComplianceRow row = actual.get(registrant);
            assertThat(row.counts()).as("counts of %s", registrant).isEqualTo(domain.counts());
            assertThat(row.attended()).isEqualTo(domain.attended());
            assertThat(row.counted()).isEqualTo(domain.counted());
            assertThat(row.status()).as("status of %s %s", registrant, domain).isEqualTo(domain.status());
            expectedTotals.merge(domain.status(), 1, Integer::sum);
        });
        List<ComplianceRow> streamed = new ArrayList<>();
        query.forEachStatus(criteria, rule, streamed::add);
        assertThat(streamed).extracting(ComplianceRow::status).containsExactlyInAnyOrderElementsOf(
                actual.values().stream().map(ComplianceRow::status).toList());

        assertThat(query.totals(criteria, rule)).isEqualTo(expectedTotals);
        assertThat(query.count(criteria, rule)).isEqualTo(expected.size());
        for (ComplianceStatus status : ComplianceStatus.values()) {
            assertThat(query.count(criteria.withStatus(status), rule)).isEqualTo(expectedTotals.get(status));
        }

        List<ComplianceRow> byRate = query.list(criteria, rule,
                new PageRequest(0, 1000, List.of(new PageRequest.SortOrder("rate", true))));
        Comparator<ComplianceRow> rate = Comparator.comparing(row -> row.counted() == 0 ? null
                : (double) row.attended() / row.counted(), Comparator.nullsLast(Comparator.naturalOrder()));
        assertThat(byRate).hasSize(expected.size()).isSortedAccordingTo(rate);
        assertThat(query.list(criteria.withArea(area.toUpperCase()), rule, PageRequest.first(10))).hasSize(
                Math.min(10, expected.size()));
        assertThat(query.count(criteria.withArea("Nowhere " + tag), rule)).isZero();

        // the eligibility facts (one set-based aggregate per type joined to every registrant) agree
        FactKey key = new FactKey("type", PERIOD);
        List<FactRequest> requests = List.of(new FactRequest(key, new SessionTypeId(type), PERIOD, Set.of()));
        Map<Long, RegistrantFacts> facts = new HashMap<>();
        new JooqEligibilityFacts(db).forEachRegistrant(requests, registrant -> {
            assertThat(facts.put(registrant.registrant().value(), registrant)).as("each registrant once").isNull();
        });
        expected.forEach((registrant, pae) -> assertThat(facts.get(registrant).counts().get(key))
                .isEqualTo(new AttendanceCounts(pae[0], pae[1], pae[2])));
        assertThat(facts.keySet()).containsAll(expected.keySet());
    }

    @Test
    void fourOfFiveAtEightyPercentIsCompliantInTheDatabaseToo() {
        long type = type(80, ExcusedPolicy.LEFT_OUT);
        long alice = registrant("Alice " + tag, "North");
        long bob = registrant("Bob " + tag, "North");
        for (int month = 1; month <= 5; month++) {
            long session = session(type, LocalDate.of(2026, month, 10), false);
            attend(session, alice, month == 5 ? "ABSENT" : "PRESENT");
            attend(session, bob, month >= 4 ? "ABSENT" : "PRESENT");
        }
        flush();
        Map<Long, ComplianceStatus> statuses = new HashMap<>();
        query.forEach(ComplianceCriteria.of(new SessionTypeId(type), PERIOD), new CompliancePolicy(80,
                ExcusedPolicy.LEFT_OUT), row -> statuses.put(row.registrant().value(), row.status()));
        assertThat(statuses).containsEntry(alice, ComplianceStatus.COMPLIANT)
                .containsEntry(bob, ComplianceStatus.NON_COMPLIANT);
        long household = db.resultQuery("insert into registrant (external_id, full_name, kind, created_at, updated_at) "
                + "values (?, ?, 'GROUP', now(), now()) returning id", "h-" + tag, "Household " + tag)
                .fetchOne(0, Long.class);
        db.execute("update registrant set group_id = ? where id = ?", household, alice);
        long namesake = db.resultQuery("insert into registrant (external_id, full_name, kind, created_at, updated_at) "
                + "values (?, ?, 'GROUP', now(), now()) returning id", "h2-" + tag, "Household " + tag)
                .fetchOne(0, Long.class);
        db.execute("update registrant set group_id = ? where id = ?", namesake, bob);
        ComplianceCriteria inHousehold = ComplianceCriteria.of(new SessionTypeId(type), PERIOD)
                .withGroup(new RegistrantId(household));
        CompliancePolicy eighty = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);
        assertThat(query.count(inHousehold, eighty)).isEqualTo(1);
        assertThat(query.list(inHousehold, eighty, PageRequest.first(5))).singleElement()
                .satisfies(row -> assertThat(row.group()).isEqualTo("Household " + tag));
        assertThat(query.attendanceOf(new RegistrantId(alice), PERIOD)).hasSize(5);
    }

    @Test
    void anUnknownSortPropertyIsRefused() {
        long type = type(80, ExcusedPolicy.LEFT_OUT);
        assertThatThrownBy(() -> query.list(ComplianceCriteria.of(new SessionTypeId(type), PERIOD),
                new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT),
                new PageRequest(0, 10, List.of(new PageRequest.SortOrder("1; drop table x", true)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
