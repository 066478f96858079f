package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The compliance list of one type, period and policy, computed from {@code compliance_summary} and
 * kept in {@code compliance_snapshot_row}, so that the grid's pages, counts and totals read it instead
 * of computing it again for each request (V8 explains the tables, R__compliance.sql the rule).
 *
 * <p>A snapshot records the database snapshot it was computed under ({@code as_of}). Every committed
 * change of attendance or sessions rewrites the summary rows of the registrants it touched, in the
 * changing transaction, marking them with its transaction ({@code changed_by}). A summary row whose
 * transaction is not visible in {@code as_of} changed after the snapshot: before a snapshot is read,
 * exactly those registrants are recomputed ({@link #refresh}), or, when they are many, the snapshot is
 * computed again. So a reader never gets a result older than the last committed change, and no change
 * ever writes a row shared with other changes: saves of different sessions of one type never wait for
 * each other.
 *
 * <p>Each computation and each refresh is one statement, so no reader ever sees half of one. One
 * request at a time brings a key up to date (a transaction-level advisory lock); the others wait and
 * then find its result. Snapshots beyond the {@value #KEPT} most recently used are removed.
 */
final class ComplianceSnapshots {

    static final int KEPT = 8;
    /** A refresh recomputes at most this share of a snapshot's registrants (or 1,000); beyond, it is computed again. */
    private static final int REFRESH_SHARE_PERCENT = 10;
    private static final int ATTEMPTS = 5;

    private static final java.util.regex.Pattern DATABASE_SNAPSHOT = java.util.regex.Pattern.compile(
            "(\\d+):\\d+:(\\d+(,\\d+)*)?");

    /**
     * The condition "this summary row ({@code s}) changed after the database snapshot {@code asOf}" (the
     * text of a {@code pg_snapshot}), with the snapshot written into the statement: as a constant, its
     * oldest running transaction bounds the scan of compliance_summary_changed_idx, where a bind value
     * or a sub-select leaves the planner guessing and reading every row of the type.
     */
    static String changedAfter(String asOf) {
        java.util.regex.Matcher matcher = DATABASE_SNAPSHOT.matcher(asOf);
        if (!matcher.matches()) {
            throw new IllegalStateException("not a database snapshot: " + asOf);
        }
        return " and s.changed_by >= '" + matcher.group(1) + "'::xid8 and not pg_visible_in_snapshot(s.changed_by, '"
                + asOf + "'::pg_snapshot)";
    }

    /**
     * A row's sort keys (V16), as the list sorts registrants: their name and area in lower case; the
     * registrant is {@code r}. {@link JooqComplianceQuery} sorts a direct list by the same expressions.
     */
    static final String SORT_KEYS = "lower(r.full_name) as name_key, lower(r.area) as area_key";

    private final DSLContext db;

    ComplianceSnapshots(DSLContext db) {
        this.db = db;
    }

    /** An up-to-date snapshot: its id and its totals per status. */
    record Snapshot(long id, Map<ComplianceStatus, Integer> totals) {
    }

    /**
     * Reads the up-to-date snapshot with {@code reader}, computing it first when there is none. A
     * snapshot removed by a concurrent request between finding it and reading it (too many others were
     * in use) reads as empty: then it is found (or computed) again.
     */
    <T> T read(ComplianceCriteria criteria, CompliancePolicy policy, Function<Snapshot, T> reader) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Snapshot snapshot = current(criteria, policy);
            T result = reader.apply(snapshot);
            if (exists(snapshot)) {
                return result;
            }
        }
        throw new IllegalStateException("the compliance snapshot was removed under " + ATTEMPTS + " reads");
    }

    /** As {@link #read}, but empty instead of computing a snapshot when there is none (or it is too old to refresh). */
    <T> Optional<T> readExisting(ComplianceCriteria criteria, CompliancePolicy policy, Function<Snapshot, T> reader) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Snapshot> snapshot = existing(key(criteria, policy));
            if (snapshot.isEmpty()) {
                return Optional.empty();
            }
            T result = reader.apply(snapshot.get());
            if (exists(snapshot.get())) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    private boolean exists(Snapshot snapshot) {
        return db.fetchExists(db.selectOne().from("compliance_snapshot").where("id = ?", snapshot.id()));
    }

    /** The snapshot for the criteria's type and period under the policy, brought up to date or computed. */
    Snapshot current(ComplianceCriteria criteria, CompliancePolicy policy) {
        Key key = key(criteria, policy);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Snapshot> existing = existing(key);
            if (existing.isPresent()) {
                return existing.get();
            }
            lock(key);
            if (header(key).isEmpty()) {
                return compute(key);
            }
        }
        throw new IllegalStateException("the compliance snapshot kept changing under " + ATTEMPTS + " attempts");
    }

    /**
     * The key's snapshot brought up to date: as it is when nothing changed after it, refreshed when few
     * registrants did; empty when there is none, or when so many changed that it was removed.
     */
    private Optional<Snapshot> existing(Key key) {
        Optional<Header> header = header(key);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        if (changedSince(key, header.get(), 1) == 0) {
            return Optional.of(touched(header.get()));
        }
        lock(key);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            header = header(key);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            int limit = Math.max(1_000, (int) ((long) header.get().total() * REFRESH_SHARE_PERCENT / 100));
            int changed = changedSince(key, header.get(), limit + 1);
            if (changed == 0) {
                return Optional.of(touched(header.get()));
            }
            if (changed > limit) {
                remove(header.get().id());
                return Optional.empty();
            }
            if (refresh(key, header.get())) {
                return header(key).map(this::snapshot);
            }
        }
        throw new IllegalStateException("the compliance snapshot kept changing under " + ATTEMPTS + " attempts");
    }

    /**
     * One request at a time brings a key up to date or computes it (until its transaction ends); the
     * others wait for it and then find its result instead of doing the same again. Outside a transaction
     * (autocommit) the lock ends with the statement: every use case runs in one, so only single-threaded
     * tests call this without it.
     */
    private void lock(Key key) {
        db.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", key.lockName());
    }

    private static Key key(ComplianceCriteria criteria, CompliancePolicy policy) {
        return new Key(criteria.type().value(), criteria.period().from(), criteria.period().to(),
                policy.requiredPercent(), policy.excusedPolicy().name());
    }

    private record Key(long type, LocalDate from, LocalDate to, int required, String excused) {
        String lockName() {
            return "compliance-snapshot:" + type + ":" + from + ":" + to + ":" + required + ":" + excused;
        }

        Object[] binds() {
            return new Object[]{type, from, to, required, excused};
        }
    }

    private record Header(long id, int generation, boolean staleUse, Map<ComplianceStatus, Integer> totals,
                          String asOf) {
        int total() {
            return totals.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private Optional<Header> header(Key key) {
        return db.resultQuery("select id, generation, used_at < now() - interval '1 minute', not_required, no_data, "
                        + "compliant, non_compliant, as_of::text from compliance_snapshot where session_type_id = ? and "
                        + "period_from = ? and period_to = ? and required_percent = ? and excused_policy = ?",
                key.binds()).fetchOptional(ComplianceSnapshots::header);
    }

    private static Header header(Record record) {
        Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
        totals.put(ComplianceStatus.NOT_REQUIRED, record.get(3, Integer.class));
        totals.put(ComplianceStatus.NO_DATA, record.get(4, Integer.class));
        totals.put(ComplianceStatus.COMPLIANT, record.get(5, Integer.class));
        totals.put(ComplianceStatus.NON_COMPLIANT, record.get(6, Integer.class));
        return new Header(record.get(0, Long.class), record.get(1, Integer.class), record.get(2, Boolean.class),
                totals, record.get(7, String.class));
    }

    private Snapshot touched(Header header) {
        if (header.staleUse()) {
            db.execute("update compliance_snapshot set used_at = now() where id = ?", header.id());
        }
        return snapshot(header);
    }

    private Snapshot snapshot(Header header) {
        return new Snapshot(header.id(), header.totals());
    }

    /** How many of the type's registrants changed after the snapshot, counted up to {@code limit}. */
    private int changedSince(Key key, Header header, int limit) {
        return db.resultQuery("select count(*) from (select 1 from compliance_summary s where s.session_type_id = ?"
                + changedAfter(header.asOf()) + " limit ?) changed", key.type(), limit).fetchOne(0, Integer.class);
    }

    /**
     * Recomputes the registrants changed after the snapshot, adjusts its totals and moves it to the
     * current database snapshot, in one statement that does nothing unless the snapshot is still at the
     * generation it started from. Returns whether it did.
     */
    private boolean refresh(Key key, Header header) {
        // the registrants changed after the snapshot, and the database snapshot they were found under: the
        // refreshed snapshot is as of that one (a change committed since is found by the next refresh)
        String[] asOf = new String[1];
        List<Long> changed = new ArrayList<>();
        db.resultQuery("select pg_current_snapshot()::text, s.registrant_id from (select 1) one left join "
                + "compliance_summary s on s.session_type_id = ?" + changedAfter(header.asOf()), key.type())
                .forEach(record -> {
                    asOf[0] = record.get(0, String.class);
                    if (record.get(1) != null) {
                        changed.add(record.get(1, Long.class));
                    }
                });
        Long[] ids = changed.toArray(Long[]::new);
        ComplianceSql.Statement sql = new ComplianceSql.Statement()
                .append("with h as (select id from compliance_snapshot where id = ? and generation = ?),\n",
                        header.id(), header.generation())
                .append("judged as (select j.*, " + SORT_KEYS + " from " + ComplianceSql.JUDGED + " j "
                        + "join registrant r on r.id = j.registrant_id where j.registrant_id = any(?)),\n",
                        key.binds()).binds((Object) ids)
                .append("old as (select r.registrant_id, r.status from compliance_snapshot_row r, h "
                        + "where r.snapshot_id = h.id and r.registrant_id = any(?)),\n", (Object) ids)
                .append("stored as (insert into compliance_snapshot_row as r (snapshot_id, registrant_id, p, a, e, "
                        + "attended, counted, status, rate, name_key, area_key) select h.id, j.registrant_id, j.p, j.a, "
                        + "j.e, j.attended, j.counted, j.status, j.rate, j.name_key, j.area_key from h cross join judged j "
                        + "on conflict (snapshot_id, registrant_id) do update set p = excluded.p, a = excluded.a, "
                        + "e = excluded.e, attended = excluded.attended, counted = excluded.counted, "
                        + "status = excluded.status, rate = excluded.rate, name_key = excluded.name_key, "
                        + "area_key = excluded.area_key),\n")
                // registrants left without a counted record in the period leave the list
                .append("removed as (delete from compliance_snapshot_row r using h where r.snapshot_id = h.id "
                        + "and r.registrant_id in (select registrant_id from old) "
                        + "and r.registrant_id not in (select registrant_id from judged))\n")
                .append("update compliance_snapshot s set as_of = ?::pg_snapshot, generation = s.generation + 1, "
                        + "used_at = now()", asOf[0]);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            String column = column(status);
            sql.append(", " + column + " = s." + column
                    + " - (select count(*) from old where status = ?) + (select count(*) from judged where status = ?)",
                    status.name(), status.name());
        }
        sql.append(" from h where s.id = h.id");
        return db.execute(sql.toString(), sql.bindArray()) == 1;
    }

    /** A new snapshot of the key, under the statement's database snapshot; then the least used beyond {@value #KEPT} go. */
    private Snapshot compute(Key key) {
        long id = db.resultQuery("select nextval(pg_get_serial_sequence('compliance_snapshot', 'id'))")
                .fetchOne(0, Long.class);
        ComplianceSql.Statement sql = new ComplianceSql.Statement()
                .append("with stored as (insert into compliance_snapshot_row (snapshot_id, registrant_id, p, a, e, "
                        + "attended, counted, status, rate, name_key, area_key) select ?, j.registrant_id, j.p, j.a, "
                        + "j.e, j.attended, j.counted, j.status, j.rate, " + SORT_KEYS + " from "
                        + ComplianceSql.JUDGED_ALL + " j join registrant r on r.id = j.registrant_id returning status)\n",
                        id)
                .binds(key.binds())
                .append("insert into compliance_snapshot (id, session_type_id, period_from, period_to, "
                        + "required_percent, excused_policy, as_of");
        for (ComplianceStatus status : ComplianceStatus.values()) {
            sql.append(", " + column(status));
        }
        sql.append(") overriding system value select ?, ?, ?, ?, ?, ?, pg_current_snapshot()", id).binds(key.binds());
        for (ComplianceStatus status : ComplianceStatus.values()) {
            sql.append(", count(*) filter (where status = ?)", status.name());
        }
        sql.append(" from stored");
        db.execute(sql.toString(), sql.bindArray());
        evict();
        // fresh statistics, or the planner takes a new snapshot for a handful of rows and walks all of
        // them to filter a page by area
        db.execute("analyze compliance_snapshot_row");
        return header(key).map(this::snapshot).orElseThrow();
    }

    private void evict() {
        db.resultQuery("select id from compliance_snapshot order by used_at desc, id desc offset ?", KEPT)
                .fetch(0, Long.class).forEach(this::remove);
    }

    private void remove(long snapshot) {
        db.execute("delete from compliance_snapshot_row where snapshot_id = ?", snapshot);
        db.execute("delete from compliance_snapshot where id = ?", snapshot);
    }

    static String column(ComplianceStatus status) {
        return switch (status) {
            case NOT_REQUIRED -> "not_required";
            case NO_DATA -> "no_data";
            case COMPLIANT -> "compliant";
            case NON_COMPLIANT -> "non_compliant";
        };
    }
}
