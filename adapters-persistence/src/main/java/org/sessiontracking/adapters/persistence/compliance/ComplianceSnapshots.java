package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.domain.compliance.CompliancePolicy;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The computed compliance of one type, period and policy, kept in {@code compliance_snapshot_row} so
 * that the grid's pages, count and totals read it instead of aggregating every attendance record of
 * the period again for each request (migration V52 explains the tables).
 *
 * <p>A snapshot is valid while the type's {@code compliance_data_version} is the one it was computed
 * under: every committed change to the type's sessions or their attendance raises that counter (by
 * trigger, in the changing transaction), so a reader never gets a result older than the last
 * committed change. The counter is read before the aggregate runs, so a change committed in between
 * can only make the snapshot look older than it is (and be computed again), never newer.
 *
 * <p>A snapshot is computed by one statement (header and rows together), so no reader ever sees half
 * of one. Snapshots whose type has changed since, and all but the {@value #KEPT} most recently used,
 * are removed when a new one is computed.
 */
final class ComplianceSnapshots {

    static final int KEPT = 8;

    private final DSLContext db;

    ComplianceSnapshots(DSLContext db) {
        this.db = db;
    }

    /**
     * Reads the valid snapshot with {@code reader}. A snapshot removed by a concurrent request between
     * finding it and reading it (it had become stale, or too many others were in use) reads as empty:
     * then it is found (or computed) again.
     */
    <T> T read(ComplianceCriteria criteria, CompliancePolicy policy, LongFunction<T> reader) {
        for (int attempt = 1; ; attempt++) {
            long snapshot = current(criteria, policy);
            T result = reader.apply(snapshot);
            if (attempt == 3 || db.fetchExists(db.selectOne().from("compliance_snapshot").where("id = ?", snapshot))) {
                return result;
            }
        }
    }

    /** The id of the valid snapshot for the criteria's type and period under the policy, computed if needed. */
    long current(ComplianceCriteria criteria, CompliancePolicy policy) {
        long type = criteria.type().value();
        long version = db.resultQuery(
                "select coalesce((select version from compliance_data_version where session_type_id = ?), 0)",
                type).fetchOne(0, Long.class);
        Object[] key = {type, criteria.period().from(), criteria.period().to(), policy.requiredPercent(),
                policy.excusedPolicy().name(), version};
        Optional<Long> existing = find(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Object[] binds = new Object[key.length + 3];
        System.arraycopy(key, 0, binds, 0, key.length);
        binds[key.length] = type;
        binds[key.length + 1] = criteria.period().from();
        binds[key.length + 2] = criteria.period().to();
        Long created = db.resultQuery("with header as (insert into compliance_snapshot (session_type_id, "
                + "period_from, period_to, required_percent, excused_policy, data_version) values (?, ?, ?, ?, ?, ?) "
                + "on conflict do nothing returning id),\n"
                + ComplianceSql.judgedClauses(policy).stripTrailing() + ",\n"
                + "stored as (insert into compliance_snapshot_row (snapshot_id, registrant_id, p, a, e, attended, "
                + "counted, status, rate) select h.id, j.registrant_id, j.p, j.a, j.e, j.attended, j.counted, "
                + "j.status, j.attended::numeric / nullif(j.counted, 0) from header h cross join judged j)\n"
                + "select id from header", binds).fetchOptional(0, Long.class).orElse(null);
        if (created == null) {
            // computed at the same moment by another request
            return find(key).orElseThrow(() -> new IllegalStateException("compliance snapshot vanished"));
        }
        evict(created);
        // fresh statistics, or the planner takes a new snapshot for a handful of rows and walks all of
        // them to filter a page by area (1 s instead of 7 ms at 1,000,000 registrants)
        db.execute("analyze compliance_snapshot_row");
        return created;
    }

    private Optional<Long> find(Object[] key) {
        Optional<Long> found = db.resultQuery("select id, used_at < now() - interval '1 minute' as stale_use "
                        + "from compliance_snapshot where session_type_id = ? and period_from = ? and period_to = ? "
                        + "and required_percent = ? and excused_policy = ? and data_version = ?", key)
                .fetchOptional(record -> {
                    long id = record.get(0, Long.class);
                    if (record.get(1, Boolean.class)) {
                        db.execute("update compliance_snapshot set used_at = now() where id = ?", id);
                    }
                    return id;
                });
        return found;
    }

    private void evict(long keep) {
        db.execute("""
                delete from compliance_snapshot s
                 where s.id <> ?
                   and (exists (select 1 from compliance_data_version v
                                 where v.session_type_id = s.session_type_id and v.version > s.data_version)
                        or s.id not in (select id from compliance_snapshot order by used_at desc, id desc limit ?))""",
                keep, KEPT);
    }
}
