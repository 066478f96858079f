package org.sessiontracking.adapters.persistence.eligibility;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts an eligibility rule reads, computed by PostgreSQL: counts per (type, period) and the
 * active topics covered (Present at a non-cancelled session on that topic), whichever way the covered
 * topics are aggregated (a bit per topic up to 63 topics, a distinct count beyond).
 */
class JooqEligibilityFactsTest {

    private static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private final DSLContext db = TestDatabase.dsl();
    private final JooqEligibilityFacts facts = new JooqEligibilityFacts(db);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long user;

    @BeforeEach
    void user() {
        user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'Facts Tester', 'x', 'STAFF', now(), now()) returning id", "ef-" + tag)
                .fetchOne(0, Long.class);
    }

    private long type(String name) {
        return db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, 80, true, "
                + "'LEFT_OUT', now(), now()) returning id", name + " " + tag).fetchOne(0, Long.class);
    }

    private List<Long> topics(long type, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(db.resultQuery("insert into topic (session_type_id, name, position) values (?, ?, ?) returning id",
                    type, "Topic " + i, i).fetchOne(0, Long.class));
        }
        return ids;
    }

    private long session(long type, long topic, LocalDate date, boolean cancelled) {
        return db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                        + "facilitator_id, topic_id, status, cancel_reason, created_at, updated_at) values (?, 'S', ?, 2, "
                        + "?, ?, ?, ?, now(), now()) returning id", type, date, user, topic,
                cancelled ? "CANCELLED" : "COMPLETED", cancelled ? "storm" : null).fetchOne(0, Long.class);
    }

    private long registrant(String name) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'North', now(), now()) returning id", "f-" + UUID.randomUUID(),
                name).fetchOne(0, Long.class);
    }

    private void attend(long session, long registrant, String status) {
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, now())", session, registrant, status, user);
    }

    private static Set<TopicId> ids(List<Long> topics) {
        return topics.stream().map(TopicId::new).collect(Collectors.toSet());
    }

    private Map<Long, RegistrantFacts> all(List<FactRequest> requests) {
        Map<Long, RegistrantFacts> all = new HashMap<>();
        facts.forEachRegistrant(requests, registrant -> all.put(registrant.registrant().value(), registrant));
        return all;
    }

    @Test
    void coveredTopicsArePresentRecordsAtNonCancelledSessionsOnActiveTopics() {
        long type = type("Curriculum");
        List<Long> topics = topics(type, 5);
        List<Long> active = topics.subList(0, 4); // the fifth is left out as if retired
        long ana = registrant("Ana " + tag);
        long ben = registrant("Ben " + tag);
        long cy = registrant("Cy " + tag);
        attend(session(type, topics.get(0), LocalDate.of(2026, 1, 5), false), ana, "PRESENT");
        attend(session(type, topics.get(0), LocalDate.of(2026, 2, 5), false), ana, "PRESENT"); // the same topic again
        attend(session(type, topics.get(1), LocalDate.of(2026, 3, 5), false), ana, "PRESENT");
        attend(session(type, topics.get(2), LocalDate.of(2026, 4, 5), false), ana, "ABSENT");
        attend(session(type, topics.get(3), LocalDate.of(2026, 5, 5), true), ana, "PRESENT"); // cancelled
        attend(session(type, topics.get(4), LocalDate.of(2026, 6, 5), false), ana, "PRESENT"); // not active
        attend(session(type, topics.get(3), LocalDate.of(2025, 12, 5), false), ana, "PRESENT"); // before the period
        attend(session(type, topics.get(1), LocalDate.of(2026, 7, 5), false), ben, "EXCUSED");

        FactKey key = new FactKey("curriculum", PERIOD);
        List<FactRequest> withTopics = List.of(new FactRequest(key, new SessionTypeId(type), PERIOD, ids(active)));
        Map<Long, RegistrantFacts> all = all(withTopics);
        assertThat(all.get(ana).coveredTopics()).containsEntry(key, 2);
        assertThat(all.get(ana).counts()).containsEntry(key, new AttendanceCounts(4, 1, 0));
        assertThat(all.get(ben).coveredTopics()).containsEntry(key, 0);
        assertThat(all.get(cy).counts()).as("no record: no fact").doesNotContainKey(key);
        assertThat(facts.factsOf(new RegistrantId(ana), withTopics)).hasValueSatisfying(
                one -> assertThat(one.coveredTopics()).containsEntry(key, 2));

        List<FactRequest> countsOnly = List.of(new FactRequest(key, new SessionTypeId(type), PERIOD, Set.of()));
        assertThat(all(countsOnly).get(ana).counts()).containsEntry(key, new AttendanceCounts(4, 1, 0));
    }

    @Test
    void theFirstRegistrantsAreTheActiveOnesInIdOrderWithTheSameFactsAsTheFullRun() {
        long type = type("Trial");
        long topic = topics(type, 1).getFirst();
        long ana = registrant("Ana " + tag);
        attend(session(type, topic, LocalDate.of(2026, 3, 5), false), ana, "PRESENT");
        FactKey key = new FactKey("trial", PERIOD);
        List<FactRequest> requests = List.of(new FactRequest(key, new SessionTypeId(type), PERIOD, Set.of()));
        List<Long> activeIds = db.resultQuery("select id from registrant where active order by id")
                .fetch(record -> record.get(0, Long.class));

        List<RegistrantFacts> first = facts.firstRegistrants(requests, activeIds.size());
        assertThat(first).extracting(one -> one.registrant().value()).containsExactlyElementsOf(activeIds);
        assertThat(first).filteredOn(one -> one.registrant().value() == ana).singleElement()
                .satisfies(one -> assertThat(one.counts()).containsEntry(key, new AttendanceCounts(1, 0, 0)));
        assertThat(facts.firstRegistrants(requests, 1)).extracting(one -> one.registrant().value())
                .containsExactly(activeIds.getFirst());
    }

    @ParameterizedTest(name = "{0} topics")
    @ValueSource(ints = {63, 64, 70})
    void everyTopicCountsOnceAtTheBitAggregatesLimitAndBeyondIt(int count) {
        long type = type("Many topics " + count);
        List<Long> topics = topics(type, count);
        long ana = registrant("Ana " + tag);
        long ben = registrant("Ben " + tag);
        for (int i = 0; i < count; i++) {
            long session = session(type, topics.get(i), LocalDate.of(2026, 1 + i % 12, 1 + i % 28), false);
            attend(session, ana, "PRESENT");
            attend(session, ben, i % 3 == 0 ? "PRESENT" : "ABSENT");
        }
        FactKey key = new FactKey("many", PERIOD);
        Map<Long, RegistrantFacts> all = all(List.of(new FactRequest(key, new SessionTypeId(type), PERIOD,
                ids(topics))));
        assertThat(all.get(ana).coveredTopics()).containsEntry(key, count);
        assertThat(all.get(ben).coveredTopics()).containsEntry(key, (count + 2) / 3);
    }
}
