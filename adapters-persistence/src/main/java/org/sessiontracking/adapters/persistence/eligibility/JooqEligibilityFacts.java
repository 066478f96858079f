package org.sessiontracking.adapters.persistence.eligibility;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql;
import org.sessiontracking.adapters.persistence.compliance.JooqHouseholdComplianceQuery;
import org.sessiontracking.application.eligibility.FactKey;
import org.sessiontracking.application.eligibility.FactRequest;
import org.sessiontracking.application.eligibility.RegistrantFacts;
import org.sessiontracking.application.eligibility.port.out.EligibilityFacts;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts of eligibility rules: one query that joins every registrant with one set-based aggregate
 * per requested (type, period): counts P, A, E and the distinct active topics attended. The rows are
 * streamed with a cursor (chunks of {@value #FETCH_SIZE}), never all held in memory.
 */
public final class JooqEligibilityFacts implements EligibilityFacts {

    private static final int FETCH_SIZE = 10_000;

    private final DSLContext db;

    public JooqEligibilityFacts(DSLContext db) {
        this.db = db;
    }

    @Override
    public void forEachRegistrant(List<FactRequest> requests, Consumer<RegistrantFacts> consumer) {
        List<Object> binds = new ArrayList<>();
        String sql = query(db, requests, binds, "r.active");
        try (Cursor<Record> cursor = db.resultQuery(sql, binds.toArray()).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record record : cursor) {
                consumer.accept(facts(record, requests));
            }
        }
    }

    /** One query per registrant, as {@link #factsOf}: each reads only that registrant's records. */
    @Override
    public List<RegistrantFacts> firstRegistrants(List<FactRequest> requests, int limit) {
        return db.resultQuery("select id from registrant where active order by id limit ?", limit)
                .fetch(record -> record.get(0, Long.class)).stream()
                .flatMap(id -> factsOf(new RegistrantId(id), requests).stream())
                .toList();
    }

    @Override
    public Optional<RegistrantFacts> factsOf(RegistrantId registrant, List<FactRequest> requests) {
        List<Object> binds = new ArrayList<>();
        String sql = query(db, requests, binds, "r.id = ?");
        binds.add(registrant.value());
        return db.resultQuery(sql, binds.toArray()).fetchOptional(record -> facts(record, requests));
    }

    @Override
    public Map<RegistrantId, String> names(Collection<RegistrantId> registrants) {
        Map<RegistrantId, String> names = new HashMap<>();
        if (registrants.isEmpty()) {
            return names;
        }
        Long[] ids = registrants.stream().map(RegistrantId::value).toArray(Long[]::new);
        db.resultQuery("select id, full_name || ' (' || external_id || ')' from registrant where id = any(?)",
                (Object) ids).forEach(record ->
                names.put(new RegistrantId(record.get(0, Long.class)), record.get(1, String.class)));
        return names;
    }

    /**
     * Per request: the counts of {@code compliance_counts} (the rule's one definition, see
     * {@link ComplianceSql}), or of the frozen version the request names, and, only when the rule
     * asks, the topics covered and the status of the registrant's household.
     */
    private static String query(DSLContext db, List<FactRequest> requests, List<Object> binds, String where) {
        List<String> with = new ArrayList<>();
        List<Object> withBinds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select r.id, r.area, r.kind, r.sex, r.birth_date");
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < requests.size(); i++) {
            FactRequest request = requests.get(i);
            String f = "f" + i;
            String t = "t" + i;
            Long[] topics = request.activeTopics().stream().map(TopicId::value).sorted().toArray(Long[]::new);
            sql.append(", ").append(f).append(".p, ").append(f).append(".a, ").append(f).append(".e, ")
                    .append(topics.length == 0 ? "0" : "coalesce(" + t + ".covered, 0)").append(" as covered").append(i);
            if (request.household().isPresent()) {
                String h = "h" + i;
                with.add(households(db, h, request, withBinds));
                sql.append(", ").append(h).append(".status as household").append(i);
                joins.append(" left join ").append(h).append(" on ").append(h)
                        .append(".household_id = case when r.kind = 'GROUP' then r.id else r.group_id end");
            } else {
                sql.append(", null as household").append(i);
            }
            if (request.frozen().isPresent()) {
                // a closed verification period: the counts of its latest frozen version (V13)
                joins.append(" left join (select registrant_id, p, a, e, missing from frozen_compliance_row "
                        + "where period_id = ? and version = ?) ").append(f)
                        .append(" on ").append(f).append(".registrant_id = r.id");
                binds.add(request.frozen().get().period().value());
                binds.add(request.frozen().get().version());
                // its missing records at the closing, judged under the version's missing-record policy (V21)
                sql.append(", ").append(f).append(".missing as missing").append(i);
            } else {
                joins.append(" left join ").append(ComplianceSql.COUNTS).append(' ').append(f)
                        .append(" on ").append(f).append(".registrant_id = r.id");
                binds.addAll(List.of(ComplianceSql.countsBinds(request.type(), request.period())));
                if (ComplianceSql.hasEnrolments(db, request.type())) {
                    // the type's enrolled registrants' missing records, as the compliance list counts them
                    String m = "m" + i;
                    joins.append(" left join ").append(ComplianceSql.MISSING).append(' ').append(m)
                            .append(" on ").append(m).append(".registrant_id = r.id");
                    binds.addAll(List.of(ComplianceSql.countsBinds(request.type(), request.period())));
                    sql.append(", ").append(m).append(".missing as missing").append(i);
                } else {
                    sql.append(", 0 as missing").append(i);
                }
            }
            if (topics.length > 0) {
                joins.append(" left join (select c.registrant_id, ").append(covered(topics, binds))
                        .append(" as covered from ").append(ComplianceSql.COUNTED_ATTENDANCE).append(" c ")
                        .append("where c.session_type_id = ? and c.session_date between ? and ? ")
                        .append("and c.status = 'PRESENT' and c.topic_id = any(?::bigint[]) group by c.registrant_id) ")
                        .append(t).append(" on ").append(t).append(".registrant_id = r.id");
                binds.add(request.type().value());
                binds.add(request.period().from());
                binds.add(request.period().to());
                binds.add(topics);
            }
        }
        binds.addAll(0, withBinds);
        return (with.isEmpty() ? "" : "with " + String.join(", ", with) + " ")
                + sql.append(" from registrant r").append(joins).append(" where ").append(where);
    }

    /**
     * The {@code with} clauses {@code name} (household_id, status) of every household, judged as the household
     * list judges them ({@link JooqHouseholdComplianceQuery}): its members' rows of the compliance list, or of
     * the frozen version the request names, decided by {@code household_status}.
     */
    private static String households(DSLContext db, String name, FactRequest request, List<Object> binds) {
        FactRequest.Households households = request.household().orElseThrow();
        String judged;
        if (request.frozen().isPresent()) {
            judged = "select registrant_id, counted, status from frozen_compliance_row where period_id = ? and version = ?";
            binds.add(request.frozen().get().period().value());
            binds.add(request.frozen().get().version());
        } else {
            ComplianceSql.JudgedList list = ComplianceSql.judgedList(db, request.type(), request.period(),
                    households.policy());
            judged = "select j.registrant_id, j.counted, j.status from " + list.function() + " j";
            binds.addAll(List.of(list.binds()));
        }
        binds.add(households.rule().name());
        binds.add(households.policy().requiredPercent());
        return name + "_j as (" + judged + "), " + name + " as (select h.id as household_id, "
                + JooqHouseholdComplianceQuery.STATUS + " as status from registrant h left join ("
                + JooqHouseholdComplianceQuery.membersOf(name + "_j") + ") m on m.group_id = h.id"
                + " left join registrant g on g.id = h.grantee_id and g.group_id = h.id"
                + " left join " + name + "_j gj on gj.registrant_id = g.id where h.kind = 'GROUP')";
    }

    /**
     * How many of the topics the registrant was Present at: for up to 63 topics the OR of one bit per
     * topic (a plain aggregate, several times faster than a distinct count over millions of records),
     * else the distinct count.
     */
    private static String covered(Long[] topics, List<Object> binds) {
        if (topics.length <= 63) {
            binds.add(topics);
            return "bit_count(bit_or(1::bigint << (array_position(?::bigint[], c.topic_id) - 1))::bit(64))";
        }
        return "count(distinct c.topic_id)";
    }

    private static RegistrantFacts facts(Record record, List<FactRequest> requests) {
        Map<FactKey, AttendanceCounts> counts = new HashMap<>();
        Map<FactKey, Integer> covered = new HashMap<>();
        Map<FactKey, ComplianceStatus> households = new HashMap<>();
        Map<FactKey, Integer> missing = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            int column = 5 + i * 6;
            FactKey key = requests.get(i).key();
            Integer p = record.get(column, Integer.class);
            if (p != null) {
                counts.put(key, new AttendanceCounts(p, record.get(column + 1, Integer.class),
                        record.get(column + 2, Integer.class)));
                covered.put(key, record.get(column + 3, Integer.class));
            }
            String household = record.get(column + 4, String.class);
            if (household != null) {
                households.put(key, ComplianceStatus.valueOf(household));
            }
            Integer expected = record.get(column + 5, Integer.class);
            if (expected != null && expected > 0) {
                missing.put(key, expected);
            }
        }
        return new RegistrantFacts(new RegistrantId(record.get(0, Long.class)), record.get(1, String.class),
                record.get(2, String.class), Optional.ofNullable(record.get(3, String.class)),
                Optional.ofNullable(record.get(4, LocalDate.class)), counts, covered, households, missing);
    }
}
