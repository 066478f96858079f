package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql.Statement;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.domain.compliance.CompliancePolicy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The computed compliance of one type, period and policy, kept in {@code compliance_snapshot_row} so
 * that the grid's pages, counts and totals read it instead of aggregating every attendance record of
 * the period again for each request (migrations V52 and V54 explain the tables).
 *
 * <p>A snapshot records the type's {@code compliance_data_version} it is up to date with. Every
 * committed change to the type's sessions or attendance raises that version (by trigger, in the
 * changing transaction) and notes the registrants it touched. Before a snapshot is read it is brought
 * to the current version: by recomputing only the noted registrants when they are few
 * ({@link #refresh}), else by computing a new snapshot. So a reader never gets a result older than the
 * last committed change. The version is read before anything is computed, so a change committed in
 * between can only make a snapshot look older than it is (and be refreshed again), never newer.
 *
 * <p>Each computation and each refresh is one statement, so no reader ever sees half of one; a
 * refresh moves the snapshot's version only from the one it started from (compare and set), so two
 * requests refreshing at once never mix. Snapshots beyond the {@value #KEPT} most recently used are
 * removed, and so are the notes no snapshot needs any more.
 */
final class ComplianceSnapshots {

    static final int KEPT = 8;
    /** A refresh recomputes at most this share of a snapshot's registrants (or 1,000); beyond, it is computed again. */
    private static final int REFRESH_SHARE_PERCENT = 10;
    private static final int ATTEMPTS = 5;

    private final DSLContext db;

    ComplianceSnapshots(DSLContext db) {
        this.db = db;
    }

    /**
     * Reads the up-to-date snapshot with {@code reader}. A snapshot removed by a concurrent request
     * between finding it and reading it (too many others were in use) reads as empty: then it is found
     * (or computed) again.
     */
    <T> T read(ComplianceCriteria criteria, CompliancePolicy policy, LongFunction<T> reader) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long snapshot = current(criteria, policy);
            T result = reader.apply(snapshot);
            if (db.fetchExists(db.selectOne().from("compliance_snapshot").where("id = ?", snapshot))) {
                return result;
            }
        }
        throw new IllegalStateException("the compliance snapshot was removed under " + ATTEMPTS + " reads");
    }

    /** The id of the snapshot for the criteria's type and period under the policy, brought up to date. */
    long current(ComplianceCriteria criteria, CompliancePolicy policy) {
        Key key = new Key(criteria.type().value(), criteria.period().from(), criteria.period().to(),
                policy.requiredPercent(), policy.excusedPolicy().name());
        boolean locked = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long version = db.resultQuery(
                    "select coalesce((select version from compliance_data_version where session_type_id = ?), 0)",
                    key.type).fetchOne(0, Long.class);
            Optional<Latest> latest = latest(key);
            if (latest.isPresent() && latest.get().version >= version) {
                touch(latest.get());
                return latest.get().id;
            }
            if (!locked) {
                // one request at a time brings a key up to date (until its transaction ends); the others wait
                // for it and then find its result instead of computing the same again or colliding with it.
                // Outside a transaction (autocommit) the lock ends with the statement: every use case runs in
                // one, so only single-threaded tests call this without it.
                db.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", key.lockName());
                locked = true;
                continue;
            }
            if (latest.isPresent() && refreshable(key, latest.get(), version)) {
                if (refresh(key, policy, latest.get(), version)) {
                    prune();
                    return latest.get().id;
                }
                continue; // refreshed or removed meanwhile by another request: look again
            }
            Optional<Long> computed = compute(key, policy, version);
            if (computed.isPresent()) {
                db.execute("update compliance_snapshot set registrants = (select count(*) from compliance_snapshot_row "
                        + "where snapshot_id = ?) where id = ?", computed.get(), computed.get());
                evict(key, computed.get());
                prune();
                // fresh statistics, or the planner takes a new snapshot for a handful of rows and walks all
                // of them to filter a page by area (1 s instead of 7 ms at 1,000,000 registrants)
                db.execute("analyze compliance_snapshot_row");
                return computed.get();
            }
        }
        throw new IllegalStateException("the compliance snapshot kept changing under " + ATTEMPTS + " attempts");
    }

    private record Key(long type, LocalDate from, LocalDate to, int required, String excused) {
        String lockName() {
            return "compliance-snapshot:" + type + ":" + from + ":" + to + ":" + required + ":" + excused;
        }

        Object[] binds() {
            return new Object[]{type, from, to, required, excused};
        }
    }

    private record Latest(long id, long version, long rows, boolean staleUse) {
    }

    private Optional<Latest> latest(Key key) {
        return db.resultQuery("select s.id, s.data_version, used_at < now() - interval '1 minute', s.registrants "
                        + "from compliance_snapshot s where session_type_id = ? and period_from = ? and period_to = ? "
                        + "and required_percent = ? and excused_policy = ? order by data_version desc limit 1",
                key.binds()).fetchOptional(record -> new Latest(record.get(0, Long.class), record.get(1, Long.class),
                record.get(3, Long.class), record.get(2, Boolean.class)));
    }

    private void touch(Latest snapshot) {
        if (snapshot.staleUse) {
            db.execute("update compliance_snapshot set used_at = now() where id = ?", snapshot.id);
        }
    }

    /** Whether the noted changes since the snapshot are all still there, and few enough to recompute. */
    private boolean refreshable(Key key, Latest snapshot, long version) {
        return db.resultQuery("""
                        select coalesce((select pruned_to from compliance_change_pruned where session_type_id = ?), 0) <= ?
                           and (select count(distinct registrant_id) from compliance_change
                                 where session_type_id = ? and version > ? and version <= ?) <= greatest(1000, ? * ? / 100)""",
                key.type, snapshot.version, key.type, snapshot.version, version, snapshot.rows,
                REFRESH_SHARE_PERCENT).fetchOne(0, Boolean.class);
    }

    /**
     * Recomputes the registrants noted since the snapshot's version and moves it to {@code version}, in
     * one statement that does nothing unless the snapshot is still at the version it started from and
     * the notes since then are complete. Returns whether it did.
     */
    private boolean refresh(Key key, CompliancePolicy policy, Latest snapshot, long version) {
        Statement sql = new Statement()
                .append("with header as (update compliance_snapshot set data_version = ?, used_at = now() "
                        + "where id = ? and data_version = ? and ? >= coalesce((select pruned_to from "
                        + "compliance_change_pruned where session_type_id = ?), 0) returning id),\n",
                        version, snapshot.id, snapshot.version, snapshot.version, key.type)
                .append("changed as (select distinct registrant_id from compliance_change "
                        + "where session_type_id = ? and version > ? and version <= ?),\n",
                        key.type, snapshot.version, version)
                .append(ComplianceSql.judgedClauses(policy,
                                " and a.registrant_id in (select registrant_id from changed)").stripTrailing() + ",\n",
                        key.type, key.from, key.to)
                .append("stored as (insert into compliance_snapshot_row as r (snapshot_id, registrant_id, p, a, e, "
                        + "attended, counted, status, rate) select h.id, j.registrant_id, j.p, j.a, j.e, j.attended, "
                        + "j.counted, j.status, j.attended::numeric / nullif(j.counted, 0) from header h cross join judged j "
                        + "on conflict (snapshot_id, registrant_id) do update set p = excluded.p, a = excluded.a, "
                        + "e = excluded.e, attended = excluded.attended, counted = excluded.counted, "
                        + "status = excluded.status, rate = excluded.rate),\n")
                // registrants left without a record at a counted session leave the list
                .append("removed as (delete from compliance_snapshot_row r using header h where r.snapshot_id = h.id "
                        + "and r.registrant_id in (select registrant_id from changed) "
                        + "and r.registrant_id not in (select registrant_id from judged))\n")
                .append("select count(*) from header");
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class) == 1;
    }

    /** A new snapshot at {@code version}, or empty when another request computed the same one meanwhile. */
    private Optional<Long> compute(Key key, CompliancePolicy policy, long version) {
        Statement sql = new Statement()
                .append("with header as (insert into compliance_snapshot (session_type_id, period_from, period_to, "
                        + "required_percent, excused_policy, data_version) values (?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing returning id),\n", key.type, key.from, key.to, key.required,
                        key.excused, version)
                .append(ComplianceSql.judgedClauses(policy).stripTrailing() + ",\n", key.type, key.from, key.to)
                .append("stored as (insert into compliance_snapshot_row (snapshot_id, registrant_id, p, a, e, attended, "
                        + "counted, status, rate) select h.id, j.registrant_id, j.p, j.a, j.e, j.attended, j.counted, "
                        + "j.status, j.attended::numeric / nullif(j.counted, 0) from header h cross join judged j)\n")
                .append("select id from header");
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOptional(0, Long.class);
    }

    /**
     * Removes the older snapshots of the same key, those unused for an hour, and all but the most
     * recently used others.
     */
    private void evict(Key key, long keep) {
        Object[] binds = new Object[key.binds().length + 2];
        binds[0] = keep;
        System.arraycopy(key.binds(), 0, binds, 1, key.binds().length);
        binds[binds.length - 1] = KEPT;
        db.execute("""
                delete from compliance_snapshot s
                 where s.id <> ?
                   and ((s.session_type_id, s.period_from, s.period_to, s.required_percent, s.excused_policy)
                            = (?, ?, ?, ?, ?)
                        or s.used_at < now() - interval '1 hour'
                        or s.id not in (select id from compliance_snapshot order by used_at desc, id desc limit ?))""",
                binds);
    }

    /**
     * Removes, for every type, the notes that every snapshot of the type already includes (all of them
     * when the type has no snapshot), and records up to which version they are gone: a snapshot older
     * than that (one being computed right now) is then computed again rather than refreshed.
     */
    private void prune() {
        db.execute("""
                with bound as (
                    select d.session_type_id,
                           coalesce((select min(s.data_version) from compliance_snapshot s
                                      where s.session_type_id = d.session_type_id), d.version) as v
                      from compliance_data_version d),
                gone as (delete from compliance_change c using bound b
                          where c.session_type_id = b.session_type_id and c.version <= b.v
                         returning c.session_type_id, c.version)
                insert into compliance_change_pruned as p (session_type_id, pruned_to)
                select session_type_id, max(version) from gone group by session_type_id
                on conflict (session_type_id) do update set pruned_to = greatest(p.pruned_to, excluded.pruned_to)""");
    }
}
