package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql.Statement;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Compliance and curriculum completion computed by PostgreSQL in set-based queries, all through the
 * rule's one SQL definition ({@link ComplianceSql}): per registrant, two look-ups in the running totals
 * of {@code compliance_summary}. The whole list's pages, counts and totals read a
 * {@link ComplianceSnapshots snapshot} of the computed result, brought up to date before each read;
 * an area's or group's list, exports and full-population figures compute directly.
 */
public final class JooqComplianceQuery implements ComplianceQuery {

    private static final int FETCH_SIZE = 5_000;
    /** The list's sorts computed directly (registrant {@code r}); lower case as ComplianceSnapshots.SORT_KEYS. */
    private static final Map<String, String> SORTS = Map.of(
            "rate", "j.rate",
            "name", "lower(r.full_name)",
            "area", "lower(r.area)",
            "counted", "j.counted");
    /** The same sorts read from a snapshot row ({@code j}), each served by one of its indexes. */
    private static final Map<String, String> SNAPSHOT_SORTS = Map.of(
            "rate", "j.rate",
            "name", "j.name_key",
            "area", "j.area_key",
            "counted", "j.counted");

    /** Open flags per registrant of the type, a {@code with} clause; binds: type. */
    private static final String FLAGS_CLAUSE = "flags as (select registrant_id, count(*) as open_flags "
            + "from compliance_flag where session_type_id = ? and resolved_at is null group by registrant_id)\n";
    private static final String ROW_COLUMNS = "select r.id, r.external_id, r.full_name, r.area, "
            + "coalesce(g.full_name, '') as group_name, j.p, j.a, j.e, j.attended, j.counted, j.status, "
            + "coalesce(f.open_flags, 0) as open_flags";
    /** A row of a type without enrolments (no missing records). */
    private static final String SELECT_ROW = ROW_COLUMNS + ", 0 as missing from ";
    /** A row of {@link ComplianceSql#JUDGED_ENROLLED}, with its missing records. */
    private static final String SELECT_ENROLLED_ROW = ROW_COLUMNS + ", j.missing from ";
    private static final String JOIN_ROW = " join registrant r on r.id = j.registrant_id "
            + "left join registrant g on g.id = r.group_id left join flags f on f.registrant_id = j.registrant_id";

    private static final System.Logger LOG = System.getLogger(JooqComplianceQuery.class.getName());

    private final DSLContext db;
    private final ComplianceSnapshots snapshots;
    private final Optional<Executor> background;
    private final Set<List<Object>> building = ConcurrentHashMap.newKeySet();
    private static final int KEPT_GROUPS = 32;
    private final Map<List<Object>, Groups> groups = new ConcurrentHashMap<>();

    /** Computes a missing snapshot in the request that needs it (tests, benchmarks). */
    public JooqComplianceQuery(DSLContext db) {
        this.db = db;
        this.snapshots = new ComplianceSnapshots(db);
        this.background = Optional.empty();
    }

    /**
     * Answers a request that finds no snapshot directly from the summary (the first opening of a period
     * then waits for no snapshot) and has {@code background} compute the snapshot, in its own
     * transaction, for the requests that follow.
     */
    public JooqComplianceQuery(DSLContext db, Executor background) {
        this.db = db;
        this.snapshots = new ComplianceSnapshots(db);
        this.background = Optional.of(background);
    }

    /** The snapshot's answer; without a snapshot in background mode, the direct one, and the snapshot is asked for. */
    private <T> T fromSnapshot(ComplianceCriteria criteria, CompliancePolicy policy,
                               Function<ComplianceSnapshots.Snapshot, T> reader, Supplier<T> direct) {
        if (background.isEmpty()) {
            return snapshots.read(criteria, policy, reader);
        }
        Optional<T> answer = snapshots.readExisting(criteria, policy, reader);
        if (answer.isPresent()) {
            return answer.get();
        }
        build(criteria, policy);
        return direct.get();
    }

    private void build(ComplianceCriteria criteria, CompliancePolicy policy) {
        List<Object> key = List.of(criteria.type(), criteria.period(), policy);
        if (!building.add(key)) {
            return;
        }
        try {
            background.orElseThrow().execute(() -> {
                try {
                    db.transaction(configuration -> new ComplianceSnapshots(configuration.dsl())
                            .current(ComplianceCriteria.of(criteria.type(), criteria.period()), policy));
                    // marks the new rows all-visible, so that pages far down are cut by index-only scans
                    db.execute("vacuum compliance_snapshot_row");
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "The compliance snapshot of " + key
                            + " could not be computed; requests compute directly", e);
                } finally {
                    building.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            building.remove(key);
            LOG.log(System.Logger.Level.DEBUG, "Compliance snapshot of " + key + " not scheduled: " + e.getMessage());
        }
    }

    /**
     * A page of the whole list is cut from the snapshot; a page of one area's or group's registrants is
     * computed directly from the summary (a few thousand rows at most, in milliseconds), so that a filter
     * never waits for the snapshot of the whole country.
     */
    @Override
    public List<ComplianceRow> list(ComplianceCriteria criteria, CompliancePolicy policy, PageRequest page) {
        String order = order(page, SORTS);
        Source source = source(criteria, policy);
        if (computedDirectly(criteria) || source.enrolled()) {
            return fullPage(source, criteria, policy, page, order);
        }
        return fromSnapshot(criteria, policy, snapshot -> page(snapshot.id(), criteria, page),
                () -> directPage(criteria, policy, page, order));
    }

    private Map<ComplianceStatus, Integer> directTotals(ComplianceCriteria criteria, CompliancePolicy policy) {
        Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            totals.put(status, 0);
        }
        for (CountGroup group : groups(criteria, policy)) {
            totals.merge(group.status(), group.registrants(), Integer::sum);
        }
        return totals;
    }

    /** Registrants with the same P, A and E: they share attended, counted, rate and status. */
    private record CountGroup(long counts, int attended, int counted, ComplianceStatus status, int registrants) {
    }

    private record Groups(String asOf, List<CountGroup> groups) {
    }

    /**
     * The count groups of a type, period and policy ({@code compliance_count_groups}), kept in memory with
     * the database snapshot they were read under and used again while no summary row of the type changed
     * after it: until the period's snapshot is computed, the grid's totals, count and pages need them
     * for each request.
     */
    private List<CountGroup> groups(ComplianceCriteria criteria, CompliancePolicy policy) {
        List<Object> key = List.of(criteria.type(), criteria.period(), policy);
        Groups kept = groups.get(key);
        if (kept != null && !db.fetchExists(db.selectOne().from("compliance_summary s").where(
                "s.session_type_id = ?" + ComplianceSnapshots.changedAfter(kept.asOf()), criteria.type().value()))) {
            return kept.groups();
        }
        List<CountGroup> read = new ArrayList<>();
        String[] asOf = new String[1];
        db.resultQuery("select pg_current_snapshot()::text, g.counts, g.attended, g.counted, g.status, g.registrants "
                        + "from (select 1) one left join " + ComplianceSql.COUNT_GROUPS + " g on true",
                judgedBinds(criteria, policy)).forEach(record -> {
            asOf[0] = record.get(0, String.class);
            if (record.get(1) != null) {
                read.add(new CountGroup(record.get(1, Long.class), record.get(2, Integer.class),
                        record.get(3, Integer.class), ComplianceStatus.valueOf(record.get(4, String.class)),
                        record.get(5, Integer.class)));
            }
        });
        if (groups.size() >= KEPT_GROUPS) {
            groups.clear();
        }
        groups.put(key, new Groups(asOf[0], List.copyOf(read)));
        return read;
    }

    /**
     * A page of the whole list sorted by rate or counted, without a snapshot: the count groups say which
     * groups of equal rate (or counted) hold the page's rows, and only the registrants of those groups
     * are read, sorted and cut; then their rows are read with names and flags. Other sorts read the list.
     */
    private List<ComplianceRow> directPage(ComplianceCriteria criteria, CompliancePolicy policy, PageRequest page,
                                           String order) {
        if (page.sort().size() != 1 || !List.of("rate", "counted").contains(page.sort().getFirst().property())) {
            return fullPage(source(criteria, policy), criteria, policy, page, order);
        }
        boolean byRate = page.sort().getFirst().property().equals("rate");
        boolean ascending = page.sort().getFirst().ascending();
        Comparator<CountGroup> key = byRate
                ? (x, y) -> Long.compare((long) x.attended() * y.counted(), (long) y.attended() * x.counted())
                : Comparator.comparingInt(CountGroup::counted);
        Comparator<CountGroup> direction = ascending ? key : key.reversed();
        // a rate is null when nothing was counted: last either way, as in SQL
        Comparator<CountGroup> sorted = byRate
                ? Comparator.<CountGroup, Boolean>comparing(group -> group.counted() == 0).thenComparing(
                        (x, y) -> x.counted() == 0 || y.counted() == 0 ? 0 : direction.compare(x, y))
                : direction;
        List<CountGroup> groups = groups(criteria, policy).stream()
                .filter(group -> criteria.status().map(status -> status == group.status()).orElse(true))
                .sorted(sorted).toList();
        // bands of groups that sort equal: their registrants interleave by id
        List<List<CountGroup>> bands = new ArrayList<>();
        for (CountGroup group : groups) {
            if (bands.isEmpty() || sorted.compare(bands.getLast().getFirst(), group) != 0) {
                bands.add(new ArrayList<>());
            }
            bands.getLast().add(group);
        }
        Map<Long, Integer> band = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        long end = page.offset() + (long) page.limit();
        long seen = 0;
        long before = -1;
        for (int i = 0; i < bands.size() && seen < end; i++) {
            long size = bands.get(i).stream().mapToLong(CountGroup::registrants).sum();
            if (before < 0 && seen + size > page.offset()) {
                before = seen;
            }
            if (before >= 0) {
                for (CountGroup group : bands.get(i)) {
                    band.put(group.counts(), i);
                    wanted.add(group.counts());
                }
            }
            seen += size;
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        record Member(long registrant, int band) {
        }
        List<Member> members = new ArrayList<>();
        Statement inBands = new Statement().append("select c.registrant_id, c.counts from " + ComplianceSql.PACKED_COUNTS
                        + " c", ComplianceSql.countsBinds(criteria.type(), criteria.period()))
                .append(" where c.counts = any(?)", (Object) wanted.toArray(Long[]::new));
        db.resultQuery(inBands.toString(), inBands.bindArray())
                .forEach(record -> members.add(new Member(record.get(0, Long.class), band.get(record.get(1, Long.class)))));
        Comparator<Member> byId = Comparator.comparingLong(Member::registrant);
        members.sort(Comparator.comparingInt(Member::band).thenComparing(ascending ? byId : byId.reversed()));
        int from = (int) Math.min(members.size(), page.offset() - before);
        List<Long> ids = members.subList(from, Math.min(members.size(), from + page.limit())).stream()
                .map(Member::registrant).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Statement sql = new Statement().append("with " + FLAGS_CLAUSE, criteria.type().value()).append(SELECT_ROW)
                .append(ComplianceSql.JUDGED + " j", judgedBinds(criteria, policy)).append(JOIN_ROW)
                .append(" where j.registrant_id = any(?)", (Object) ids.toArray(Long[]::new));
        Map<Long, ComplianceRow> rows = new HashMap<>();
        db.resultQuery(sql.toString(), sql.bindArray()).forEach(record -> {
            ComplianceRow row = row(record);
            rows.put(row.registrant().value(), row);
        });
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<ComplianceRow> fullPage(Source source, ComplianceCriteria criteria, CompliancePolicy policy,
                                         PageRequest page, String order) {
        Statement sql = new Statement().append("with " + FLAGS_CLAUSE, criteria.type().value()).append(source.selectRow())
                .append(source.function() + " j", source.binds()).append(JOIN_ROW);
        where(sql, source, criteria, policy, true);
        sql.append(" order by " + order + " offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(JooqComplianceQuery::row);
    }

    private static String order(PageRequest page, Map<String, String> sorts) {
        StringBuilder order = new StringBuilder();
        for (PageRequest.SortOrder sort : page.sort()) {
            String expression = sorts.get(sort.property());
            if (expression == null) {
                throw new IllegalArgumentException("cannot sort by '" + sort.property() + "'; allowed: "
                        + sorts.keySet());
            }
            // only the rate can be null (nothing counted): last either way; the others as their indexes run
            order.append(expression).append(sort.ascending() ? " asc" : " desc")
                    .append(expression.equals("j.rate") ? " nulls last, " : ", ");
        }
        if (page.sort().isEmpty()) {
            order.append(sorts.get("name")).append(", ");
        }
        // ties by registrant id in the direction of the sort, as the snapshot's indexes hold them
        boolean ascending = page.sort().isEmpty() || page.sort().getLast().ascending();
        return order.append(ascending ? "j.registrant_id" : "j.registrant_id desc").toString();
    }

    /**
     * A page of the whole list from its snapshot: the page's registrants are cut from one of the
     * snapshot's indexes alone (every sort has one; an index-only scan skips the offset), then only its
     * rows meet the registrant table.
     */
    private List<ComplianceRow> page(long snapshot, ComplianceCriteria criteria, PageRequest page) {
        String order = order(page, SNAPSHOT_SORTS);
        Statement sql = new Statement().append("with " + FLAGS_CLAUSE, criteria.type().value()).append(SELECT_ROW)
                .append("(select * from compliance_snapshot_row x where x.snapshot_id = ? and x.registrant_id in "
                        + "(select j.registrant_id from compliance_snapshot_row j where j.snapshot_id = ?", snapshot, snapshot);
        criteria.status().ifPresent(status -> sql.append(" and j.status = ?", status.name()));
        sql.append(" order by " + order + " offset ? limit ?)) j", page.offset(), page.limit())
                .append(JOIN_ROW).append(" order by " + order);
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(JooqComplianceQuery::row);
    }

    @Override
    public int count(ComplianceCriteria criteria, CompliancePolicy policy) {
        Source source = source(criteria, policy);
        if (computedDirectly(criteria) || source.enrolled()) {
            Statement sql = new Statement().append("select count(*) from " + source.function() + " j",
                    source.binds());
            filters(sql, source, criteria, policy, true);
            return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
        }
        return fromSnapshot(criteria, policy, snapshot -> count(snapshot.totals(), criteria),
                () -> count(directTotals(criteria, policy), criteria));
    }

    @Override
    public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria, CompliancePolicy policy) {
        Source source = source(criteria, policy);
        if (computedDirectly(criteria) || source.enrolled()) {
            Statement sql = new Statement().append("select j.status, count(*) from " + source.function() + " j",
                    source.binds());
            filters(sql, source, criteria, policy, false);
            sql.append(" group by j.status");
            Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
            for (ComplianceStatus status : ComplianceStatus.values()) {
                totals.put(status, 0);
            }
            db.resultQuery(sql.toString(), sql.bindArray()).forEach(record -> totals.put(
                    ComplianceStatus.valueOf(record.get(0, String.class)), record.get(1, Integer.class)));
            return totals;
        }
        return fromSnapshot(criteria, policy, snapshot -> new EnumMap<>(snapshot.totals()),
                () -> directTotals(criteria, policy));
    }

    private static int count(Map<ComplianceStatus, Integer> totals, ComplianceCriteria criteria) {
        return criteria.status().map(totals::get)
                .orElseGet(() -> totals.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Override
    public void forEach(ComplianceCriteria criteria, CompliancePolicy policy, Consumer<ComplianceRow> consumer) {
        Source source = source(criteria, policy);
        Statement sql = new Statement().append("with " + FLAGS_CLAUSE, criteria.type().value())
                .append(source.selectRow()).append(source.function() + " j", source.binds())
                .append(JOIN_ROW);
        where(sql, source, criteria, policy, true);
        sql.append(" order by lower(r.full_name), r.id");
        try (Cursor<Record> cursor = db.resultQuery(sql.toString(), sql.bindArray()).fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record record : cursor) {
                consumer.accept(row(record));
            }
        }
    }

    /**
     * Every registrant's counts and status, unsorted and without names: the full-population
     * computation (what the benchmark compares with the bare aggregate).
     */
    public void forEachStatus(ComplianceCriteria criteria, CompliancePolicy policy,
                              Consumer<ComplianceRow> consumer) {
        Source source = source(criteria, policy);
        Statement sql = new Statement().append("select j.registrant_id, j.p, j.a, j.e, j.attended, j.counted, "
                + "j.status from " + source.function() + " j", source.binds());
        filters(sql, source, criteria, policy, true);
        try (Cursor<Record> cursor = db.resultQuery(sql.toString(), sql.bindArray()).fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record record : cursor) {
                consumer.accept(new ComplianceRow(new RegistrantId(record.get(0, Long.class)), "", "", "", "",
                        new AttendanceCounts(record.get(1, Integer.class), record.get(2, Integer.class),
                                record.get(3, Integer.class)),
                        record.get(4, Integer.class), record.get(5, Integer.class),
                        ComplianceStatus.valueOf(record.get(6, String.class)), 0));
            }
        }
    }

    /**
     * Where a list's judged rows come from: for a type with enrolments, {@link ComplianceSql#JUDGED_ENROLLED}
     * (every enrolled registrant too, with their missing records), computed directly each time (the snapshots
     * and count groups follow the summary, which a session being held does not change); otherwise exactly
     * as without the feature.
     */
    private record Source(String function, Object[] binds, String selectRow, boolean enrolled) {
    }

    private Source source(ComplianceCriteria criteria, CompliancePolicy policy) {
        if (ComplianceSql.hasEnrolments(db, criteria.type())) {
            ComplianceSql.JudgedList enrolled = ComplianceSql.judgedList(db, criteria.type(), criteria.period(), policy);
            return new Source(enrolled.function(), enrolled.binds(), SELECT_ENROLLED_ROW, true);
        }
        return new Source(judgedSource(criteria), judgedBinds(criteria, policy), SELECT_ROW, false);
    }

    /**
     * The whole list (an early warning's too) looks each registrant up once; an area's or group's reads
     * only its registrants.
     */
    private static String judgedSource(ComplianceCriteria criteria) {
        return filteredByRegistrant(criteria) ? ComplianceSql.JUDGED : ComplianceSql.JUDGED_ALL;
    }

    private static boolean filteredByRegistrant(ComplianceCriteria criteria) {
        return !criteria.area().isEmpty() || criteria.group().isPresent();
    }

    /**
     * Lists the snapshot does not hold: one area's or group's (small), and an early warning's (judged
     * on the sessions still to be held, which the snapshot does not follow).
     */
    private static boolean computedDirectly(ComplianceCriteria criteria) {
        return filteredByRegistrant(criteria) || criteria.warning().isPresent();
    }

    /** Adds the registrant join only when a filter needs it. */
    private static void filters(Statement sql, Source source, ComplianceCriteria criteria, CompliancePolicy policy,
                                boolean withStatusFilter) {
        joinRegistrantWhenFiltered(sql, criteria);
        where(sql, source, criteria, policy, withStatusFilter);
    }

    private static void joinRegistrantWhenFiltered(Statement sql, ComplianceCriteria criteria) {
        if (filteredByRegistrant(criteria)) {
            sql.append(" join registrant r on r.id = j.registrant_id");
        }
    }

    private static void where(Statement sql, Source source, ComplianceCriteria criteria, CompliancePolicy policy,
                              boolean withStatusFilter) {
        criteria.warning().ifPresent(warning -> warning(sql, source, criteria, policy, warning));
        sql.append(" where true");
        conditions(sql, criteria, withStatusFilter);
    }

    /**
     * The early warning as a join with its condition (the rules are R__compliance.sql's): the outlook over
     * each registrant's remaining sessions, or the run of absences read from the registrant's summary row
     * (only for those with at least that many absent or excused records, which a run needs), plus, when a
     * type with enrolments counts missing records as Absent, their missing records since the last day
     * they attended.
     */
    private static void warning(Statement sql, Source source, ComplianceCriteria criteria, CompliancePolicy policy,
                                ComplianceCriteria.EarlyWarning warning) {
        if (warning.outlook().isPresent() && filteredByRegistrant(criteria)) {
            // one area's or group's registrants (r is joined): each one's remaining sessions from the index
            sql.append(" join lateral (select " + ComplianceSql.REMAINING + " as remaining) rem",
                            criteria.type().value(), criteria.period().from(), criteria.period().to())
                    .append(" on " + ComplianceSql.OUTLOOK + "(j.attended, j.counted, rem.remaining, ?) = ?",
                            policy.requiredPercent(), warning.outlook().get().name());
        } else if (warning.outlook().isPresent()) {
            sql.append(" join " + ComplianceSql.REMAINING_ALL + " rem on rem.registrant_id = j.registrant_id",
                            ComplianceSql.countsBinds(criteria.type(), criteria.period()))
                    .append(" and " + ComplianceSql.OUTLOOK + "(j.attended, j.counted, rem.remaining, ?) = ?",
                            policy.requiredPercent(), warning.outlook().get().name());
        } else if (source.enrolled() && policy.missingRecordPolicy() == MissingRecordPolicy.COUNTS_AS_ABSENT) {
            sql.append(" left join compliance_summary cs on cs.session_type_id = ? and cs.registrant_id = j.registrant_id",
                            criteria.type().value())
                    .append(" left join " + ComplianceSql.MISSING_RUN + " mr on mr.registrant_id = j.registrant_id",
                            criteria.type().value(), criteria.period().from(), criteria.period().to(),
                            policy.excusedPolicy().name())
                    .append(" join lateral (select coalesce(" + ComplianceSql.ABSENCE_RUN
                                    + "(cs.days, cs.totals, ?, ?, ?), 0) + coalesce(mr.missing, 0) as run) w"
                                    + " on j.a + j.e + j.missing >= ? and w.run >= ?",
                            criteria.period().from(), criteria.period().to(), policy.excusedPolicy().name(),
                            policy.absenceWarning(), policy.absenceWarning());
        } else {
            sql.append(" join compliance_summary cs on cs.session_type_id = ? and cs.registrant_id = j.registrant_id"
                            + " and j.a + j.e >= ?", criteria.type().value(), policy.absenceWarning())
                    .append(" and " + ComplianceSql.ABSENCE_RUN + "(cs.days, cs.totals, ?, ?, ?) >= ?",
                            criteria.period().from(), criteria.period().to(), policy.excusedPolicy().name(),
                            policy.absenceWarning());
        }
    }

    private static void conditions(Statement sql, ComplianceCriteria criteria, boolean withStatusFilter) {
        if (withStatusFilter && criteria.status().isPresent()) {
            sql.append(" and j.status = ?", criteria.status().get().name());
        }
        if (!criteria.area().isEmpty()) {
            sql.append(" and lower(r.area) = lower(?)", criteria.area());
        }
        criteria.group().ifPresent(group -> sql.append(" and r.group_id = ?", group.value()));
    }

    private static Object[] judgedBinds(ComplianceCriteria criteria, CompliancePolicy policy) {
        return ComplianceSql.judgedBinds(criteria.type(), criteria.period(), policy);
    }

    private static ComplianceRow row(Record record) {
        return new ComplianceRow(new RegistrantId(record.get("id", Long.class)),
                record.get("external_id", String.class), record.get("full_name", String.class),
                record.get("area", String.class), record.get("group_name", String.class),
                new AttendanceCounts(record.get("p", Integer.class), record.get("a", Integer.class),
                        record.get("e", Integer.class)),
                record.get("attended", Integer.class), record.get("counted", Integer.class),
                ComplianceStatus.valueOf(record.get("status", String.class)),
                record.get("open_flags", Integer.class), record.get("missing", Integer.class));
    }

    @Override
    public List<AttendanceLine> attendanceOf(RegistrantId registrant, Period period) {
        return db.resultQuery("""
                select s.id, s.session_type_id, t.name, s.session_date, s.title, s.status, a.status, a.reason
                  from attendance a join session s on s.id = a.session_id
                  join session_type t on t.id = s.session_type_id
                 where a.registrant_id = ? and s.session_date between ? and ?
                 order by s.session_date desc, s.id desc""", registrant.value(), period.from(), period.to())
                .fetch(record -> new AttendanceLine(new SessionId(record.get(0, Long.class)),
                        new SessionTypeId(record.get(1, Long.class)), record.get(2, String.class),
                        record.get(3, LocalDate.class), record.get(4, String.class),
                        "CANCELLED".equals(record.get(5, String.class)),
                        AttendanceStatus.valueOf(record.get(6, String.class)), record.get(7, String.class)));
    }

    /** Sessions open to the area as {@code session_open_to} (R__compliance.sql) says. */
    @Override
    public List<CountedRecords.ExpectedSession> unrecordedSessionsOf(RegistrantId registrant, Period period) {
        return db.resultQuery("""
                select s.session_type_id, s.session_date, s.status, s.area
                  from session s join registrant r on r.id = ?
                 where s.session_date between ? and ?
                   and s.session_type_id in (select e.session_type_id from enrolment e)
                   and session_open_to(lower(trim(coalesce(s.area, ''))), lower(trim(r.area)))
                   and not exists (select 1 from attendance a where a.session_id = s.id and a.registrant_id = r.id)
                 order by s.session_date, s.id""", registrant.value(), period.from(), period.to())
                .fetch(record -> new CountedRecords.ExpectedSession(new SessionTypeId(record.get(0, Long.class)),
                        record.get(1, LocalDate.class), SessionStatus.valueOf(record.get(2, String.class)),
                        record.get(3, String.class)));
    }

    @Override
    public Optional<RegistrantSummary> registrant(RegistrantId registrant) {
        return db.resultQuery("""
                select r.id, r.external_id, r.full_name, r.kind, r.area, coalesce(g.full_name, ''), r.sex, r.birth_date
                  from registrant r left join registrant g on g.id = r.group_id where r.id = ?""", registrant.value())
                .fetchOptional(record -> new RegistrantSummary(new RegistrantId(record.get(0, Long.class)),
                        record.get(1, String.class), record.get(2, String.class), record.get(3, String.class),
                        record.get(4, String.class), record.get(5, String.class),
                        Optional.ofNullable(record.get(6, String.class)),
                        Optional.ofNullable(record.get(7, LocalDate.class))));
    }

    @Override
    public List<CurriculumRow> curriculum(SessionType type, Optional<Period> period, boolean completedOnly,
                                          PageRequest page) {
        Statement sql = curriculumSql(type, period, completedOnly,
                "select r.id, r.external_id, r.full_name, r.area, coalesce(c.topics, '{}'::bigint[]) as topics");
        sql.append(" order by lower(r.full_name), r.id offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(record -> {
            Long[] topics = record.get("topics", Long[].class);
            Set<TopicId> covered = Arrays.stream(topics).map(TopicId::new).collect(Collectors.toCollection(HashSet::new));
            return new CurriculumRow(new RegistrantId(record.get("id", Long.class)),
                    record.get("external_id", String.class), record.get("full_name", String.class),
                    record.get("area", String.class), CurriculumCompletion.of(type.topics(), covered));
        });
    }

    @Override
    public int countCurriculum(SessionType type, Optional<Period> period, boolean completedOnly) {
        Statement sql = curriculumSql(type, period, completedOnly, "select count(*)");
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
    }

    private static Statement curriculumSql(SessionType type, Optional<Period> period, boolean completedOnly,
                                           String select) {
        Long[] active = type.topics().stream().filter(Topic::active).map(topic -> topic.id().value())
                .toArray(Long[]::new);
        LocalDate from = period.map(Period::from).orElse(LocalDate.of(1, 1, 1));
        LocalDate to = period.map(Period::to).orElse(LocalDate.of(9999, 12, 31));
        Statement sql = new Statement().append("""
                with took_part as (select registrant_id from compliance_counts(?, ?, ?)),
                covered as (
                    select c.registrant_id, array_agg(distinct c.topic_id) as topics
                      from counted_attendance c
                     where c.session_type_id = ? and c.session_date between ? and ?
                       and c.status = 'PRESENT' and c.topic_id = any(?)
                     group by c.registrant_id)
                """, type.id().value(), from, to, type.id().value(), from, to, active)
                .append(select)
                .append(" from took_part x join registrant r on r.id = x.registrant_id "
                        + "left join covered c on c.registrant_id = x.registrant_id");
        if (completedOnly) {
            sql.append(" where ? > 0 and cardinality(c.topics) = ?", active.length, active.length);
        }
        return sql;
    }
}
