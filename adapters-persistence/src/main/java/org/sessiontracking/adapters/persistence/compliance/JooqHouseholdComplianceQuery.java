package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql.Statement;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.out.HouseholdComplianceQuery;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.HouseholdCompliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Households judged in SQL: the members' rows of the compliance list ({@link ComplianceSql#judgedList}: with
 * a type's enrolled members and their missing records) grouped by household, decided by {@code household_status} (R__compliance.sql).
 */
public final class JooqHouseholdComplianceQuery implements HouseholdComplianceQuery {

    private static final int FETCH_SIZE = 5_000;

    /**
     * A household's status by {@code household_status}, from its members' aggregate {@code m} ({@link #membersOf})
     * and its grantee's judged row {@code gj}; binds: the household rule, the required percentage.
     */
    public static final String STATUS = "household_status(?, ?, coalesce(m.members_counted, 0), "
            + "coalesce(m.members_compliant, 0), gj.status)";

    private final DSLContext db;

    /**
     * Per household with a judged member: how many members have counted sessions and how many are compliant,
     * from the judged rows {@code judged} (registrant_id, counted, status) and the members' current household.
     */
    public static String membersOf(String judged) {
        return "select r.group_id, count(*) filter (where j.counted > 0)::int as members_counted, "
                + "count(*) filter (where j.status = 'COMPLIANT')::int as members_compliant from " + judged
                + " j join registrant r on r.id = j.registrant_id where r.group_id is not null group by r.group_id";
    }

    public JooqHouseholdComplianceQuery(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<HouseholdRow> households(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                                         PageRequest page) {
        Statement sql = select(criteria, policy, rule)
                .append(" order by lower(h.full_name), h.id offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(record -> row(record, rule, policy));
    }

    @Override
    public int countHouseholds(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule) {
        Statement sql = new Statement().append("select count(*) from (");
        Statement inner = select(criteria, policy, rule);
        sql.append(inner.toString(), inner.bindArray()).append(") x");
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
    }

    @Override
    public void forEachHousehold(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                                 Consumer<HouseholdRow> consumer) {
        Statement sql = select(criteria, policy, rule).append(" order by lower(h.full_name), h.id");
        try (Cursor<Record> cursor = db.resultQuery(sql.toString(), sql.bindArray()).fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record record : cursor) {
                consumer.accept(row(record, rule, policy));
            }
        }
    }

    /**
     * The households with a judged member; the grantee is read only while it is still a member. The
     * grantee's status is null when it has nothing in the period (household_status reads that as No data).
     */
    private Statement select(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule) {
        ComplianceSql.JudgedList judged = ComplianceSql.judgedList(db, criteria.type(), criteria.period(), policy);
        Statement sql = new Statement()
                .append("with j as (select j.registrant_id, j.counted, j.status from " + judged.function() + " j),",
                        judged.binds())
                .append(" m as (" + membersOf("j") + "),")
                .append(" h as (select h.id, h.external_id, h.full_name, h.area, m.members_counted,"
                        + " m.members_compliant, g.id as grantee_id, g.full_name as grantee_name,"
                        + " (select count(*) from registrant x where x.group_id = h.id)::int as members,")
                .append(" " + STATUS + " as status", rule.name(), policy.requiredPercent())
                .append(" from m join registrant h on h.id = m.group_id"
                        + " left join registrant g on g.id = h.grantee_id and g.group_id = h.id"
                        + " left join j gj on gj.registrant_id = g.id)")
                .append(" select h.* from h where true");
        if (!criteria.area().isEmpty()) {
            sql.append(" and lower(h.area) = lower(?)", criteria.area());
        }
        criteria.status().ifPresent(status -> sql.append(" and h.status = ?", status.name()));
        return sql;
    }

    private static HouseholdRow row(Record record, HouseholdRule rule, CompliancePolicy policy) {
        Optional<String> grantee = Optional.ofNullable(record.get("grantee_name", String.class));
        return new HouseholdRow(new RegistrantId(record.get("id", Long.class)),
                record.get("external_id", String.class), record.get("full_name", String.class),
                record.get("area", String.class), record.get("members", Integer.class),
                record.get("members_counted", Integer.class), record.get("members_compliant", Integer.class), rule,
                grantee, ComplianceStatus.valueOf(record.get("status", String.class)),
                HouseholdCompliance.note(rule, policy.requiredPercent(), grantee.isPresent()));
    }
}
