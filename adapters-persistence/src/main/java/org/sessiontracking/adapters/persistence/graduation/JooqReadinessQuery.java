package org.sessiontracking.adapters.persistence.graduation;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql.Statement;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.graduation.GraduationMark;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRequest;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.GraduationId;
import org.sessiontracking.domain.graduation.Readiness;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A pathway's list computed by PostgreSQL, set-based, from what the compliance engine keeps: the attendance
 * and curriculum criteria of one type are read in one pass over the type's {@code compliance_summary} rows
 * (per attendance criterion the packed counts of its period, judged by {@code compliance_judge} where a
 * filter tests the status, per curriculum criterion the topics covered), so a pathway costs one read of its
 * types' summaries, whatever the periods, and no compliance snapshot is waited for; an attendance criterion of
 * a type with enrolments reads the type's judged list ({@link ComplianceSql#judgedList}, with missing records).
 * The eligibility rules' passing registrants come as an array, then the assessments and graduations of the
 * pathway. A page without a search is cut from the registrant name index, each registrant passed over costing
 * a few look-ups (on the list? does it pass the filter?), and only the page's rows are then computed; counts,
 * searches and exports read the whole list once. The rows' compliance, states and readiness are the domain's,
 * built from those figures.
 */
public final class JooqReadinessQuery implements ReadinessQuery {

    private static final int FETCH_SIZE = 5_000;

    /**
     * An attendance criterion's figures in {@code listed} ({@code c<i>_p}, ...): the counts and missing records,
     * from which each row's compliance is judged by the domain, and the status the filters test in SQL.
     */
    private static final List<String> ATTENDANCE_FIGURES = List.of("p", "a", "e", "attended", "counted", "status",
            "missing");

    /** The registrant name index's order (V3): byte order of the lower-case name, as Java's String order. */
    private static final String BY_NAME = "lower(r.full_name) collate \"C\", r.id";

    private final DSLContext db;

    public JooqReadinessQuery(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<ReadinessRow> list(ReadinessRequest request, PageRequest page) {
        if (!page.sort().isEmpty()) {
            throw new IllegalArgumentException("a pathway's list is sorted by name only; cannot sort by "
                    + page.sort().stream().map(PageRequest.SortOrder::property).toList());
        }
        Map<Integer, ComplianceSql.JudgedList> enrolled = enrolled(request);
        if (request.search().isEmpty() && (enrolled.isEmpty() || !judges(request.filter()))) {
            Long[] ids = pageOfTheList(request, enrolled, page).stream().map(RegistrantId::value).toArray(Long[]::new);
            return rows(request, Scope.only(ids, enrolled));
        }
        Statement sql = select(request, Scope.whole(enrolled));
        sql.append(" order by " + BY_NAME + " offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(new Rows(request)::row);
    }

    /** Whether the filter judges the registrants (so needs each attendance criterion's status), or not. */
    private static boolean judges(ReadinessFilter filter) {
        return filter == ReadinessFilter.READY || filter == ReadinessFilter.NOT_READY;
    }

    /**
     * The ids of a page of the list (no search), without computing the whole list: registrants in the name
     * index's order, each kept when a few look-ups find them on the list (a counted record of a computed
     * criterion's type, expected by an enrolment of it, an assessment, a graduation) and passing the filter
     * (each criterion's figure looked up for them alone: so for a filter that judges, not with an attendance
     * criterion of an enrolled type, whose registrants are judged with their missing records); the page's
     * rows are then computed for those ids only.
     */
    private List<RegistrantId> pageOfTheList(ReadinessRequest request, Map<Integer, ComplianceSql.JudgedList> enrolled,
                                             PageRequest page) {
        long pathway = request.pathway().id().value();
        Statement sql = new Statement().append("select r.id from registrant r where (exists (select 1 from "
                + "graduation_assessment x where x.pathway_id = ? and x.registrant_id = r.id) or exists (select 1 "
                + "from graduation x where x.pathway_id = ? and x.registrant_id = r.id)", pathway, pathway);
        List<Criterion> criteria = request.pathway().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            switch (criteria.get(i).kind()) {
                case CriterionKind.AttendanceCompliance a -> {
                    sql.append(" or exists (select 1 from " + ComplianceSql.PACKED_COUNTS
                            + " x where x.registrant_id = r.id and x.counts > 0)",
                            ComplianceSql.countsBinds(a.type(), new Period(a.from(), a.to())));
                    if (enrolled.containsKey(i)) {
                        // uncorrelated: read once, and looked up per registrant
                        sql.append(" or r.id in (select x.registrant_id from " + ComplianceSql.ENROLLED + " x)",
                                ComplianceSql.countsBinds(a.type(), new Period(a.from(), a.to())));
                    }
                }
                case CriterionKind.CurriculumCompleted c -> sql.append(" or exists (select 1 from "
                        + ComplianceSql.CURRICULUM_COVERED + " x where x.registrant_id = r.id)", c.type().value());
                default -> {
                }
            }
        }
        sql.append(")");
        filter(sql, request, new LookedUp(request));
        sql.append(" order by " + BY_NAME + " offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(record -> new RegistrantId(record.get(0, Long.class)));
    }

    @Override
    public int count(ReadinessRequest request) {
        Map<Integer, ComplianceSql.JudgedList> enrolled = enrolled(request);
        if (request.filter() == ReadinessFilter.ALL && request.search().isEmpty()) {
            return countEveryone(request, enrolled);
        }
        Statement sql = new Statement();
        with(sql, request, Scope.whole(enrolled));
        // the registrant's row is read only to search in its name: registrants are never deleted
        sql.append("select count(*) from listed l" + (request.search().isEmpty() ? ""
                : " join registrant r on r.id = l.registrant_id"));
        if (request.filter() != ReadinessFilter.ALL) {
            joins(sql, request);
        }
        where(sql, request);
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
    }

    /**
     * How many are on the whole list, without judging anyone: the registrants with a counted record of a
     * computed criterion's type (in its period) or expected by an enrolment of an attendance criterion's
     * type, an assessment or a graduation of the pathway.
     */
    private int countEveryone(ReadinessRequest request, Map<Integer, ComplianceSql.JudgedList> enrolled) {
        long pathway = request.pathway().id().value();
        Statement sql = new Statement().append("select count(*) from (select registrant_id from graduation_assessment "
                + "where pathway_id = ? union select registrant_id from graduation where pathway_id = ?", pathway, pathway);
        List<Criterion> criteria = request.pathway().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            switch (criteria.get(i).kind()) {
                case CriterionKind.AttendanceCompliance a -> {
                    sql.append(" union select x.registrant_id from " + ComplianceSql.PACKED_COUNTS
                            + " x where x.counts > 0", ComplianceSql.countsBinds(a.type(), new Period(a.from(), a.to())));
                    if (enrolled.containsKey(i)) {
                        sql.append(" union select x.registrant_id from " + ComplianceSql.ENROLLED + " x",
                                ComplianceSql.countsBinds(a.type(), new Period(a.from(), a.to())));
                    }
                }
                case CriterionKind.CurriculumCompleted c -> sql.append(" union select x.registrant_id from "
                        + ComplianceSql.CURRICULUM_COVERED + " x", c.type().value());
                default -> {
                }
            }
        }
        sql.append(") listed");
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
    }

    @Override
    public void forEach(ReadinessRequest request, Consumer<ReadinessRow> consumer) {
        Statement sql = select(request, Scope.whole(enrolled(request)));
        sql.append(" order by " + BY_NAME);
        try (Cursor<Record> cursor = db.resultQuery(sql.toString(), sql.bindArray()).fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            Rows rows = new Rows(request);
            for (Record record : cursor) {
                consumer.accept(rows.row(record));
            }
        }
    }

    @Override
    public List<ReadinessRow> of(ReadinessRequest request, Collection<RegistrantId> registrants) {
        Long[] ids = registrants.stream().map(RegistrantId::value).distinct().toArray(Long[]::new);
        return rows(request, Scope.only(ids, enrolled(request)));
    }

    /** The rows of the given registrants, by name. */
    private List<ReadinessRow> rows(ReadinessRequest request, Scope scope) {
        Statement sql = select(request, scope);
        sql.append(" order by " + BY_NAME);
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(new Rows(request)::row);
    }

    /**
     * The attendance criteria (by position) whose type has enrolments, with their judged lists
     * ({@link ComplianceSql#judgedList}: every enrolled registrant, record or not, with their missing records),
     * as the compliance list of such a type is computed on each read rather than kept in a snapshot. Their
     * registrants are found only by computing that list, so such a pathway's pages and counts read the whole list.
     */
    private Map<Integer, ComplianceSql.JudgedList> enrolled(ReadinessRequest request) {
        Map<Integer, ComplianceSql.JudgedList> enrolled = new HashMap<>();
        List<Criterion> criteria = request.pathway().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).kind() instanceof CriterionKind.AttendanceCompliance a
                    && ComplianceSql.hasEnrolments(db, a.type())) {
                enrolled.put(i, ComplianceSql.judgedList(db, a.type(), new Period(a.from(), a.to()),
                        policy(request, criteria.get(i))));
            }
        }
        return enrolled;
    }

    /** The whole list or the given registrants', with the judged lists of the attendance criteria of enrolled types. */
    private record Scope(Optional<Long[]> only, Map<Integer, ComplianceSql.JudgedList> enrolled) {
        static Scope whole(Map<Integer, ComplianceSql.JudgedList> enrolled) {
            return new Scope(Optional.empty(), enrolled);
        }

        static Scope only(Long[] ids, Map<Integer, ComplianceSql.JudgedList> enrolled) {
            return new Scope(Optional.of(ids), enrolled);
        }
    }

    /** The list's rows (or the given registrants'), with every criterion's figures and the latest graduation. */
    private static Statement select(ReadinessRequest request, Scope scope) {
        Statement sql = new Statement();
        with(sql, request, scope);
        sql.append("select r.id, r.external_id, r.full_name, r.area, g.id as g_id, g.graduated_on as g_on, "
                + "g.revoked as g_revoked");
        List<Criterion> criteria = request.pathway().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            switch (criteria.get(i).kind()) {
                // the counts only: the row's compliance is the domain's, judged from them (Rows)
                case CriterionKind.AttendanceCompliance a -> sql.append(String.format(", l.c%1$d_p, l.c%1$d_a, "
                        + "l.c%1$d_e, l.c%1$d_missing", i));
                case CriterionKind.CurriculumCompleted c -> sql.append(String.format(", l.c%1$d_topics", i));
                case CriterionKind.RulePasses r -> sql.append(String.format(", c%1$d.registrant_id is not null as c%1$d_pass", i));
                case CriterionKind.StaffAssessed s -> sql.append(String.format(", c%1$d.met as c%1$d_met, "
                        + "c%1$d.note as c%1$d_note, c%1$d.assessed_on as c%1$d_on, c%1$d.assessed_by as c%1$d_by, "
                        + "c%1$d.recorded_at as c%1$d_at", i));
            }
        }
        sql.append(" from listed l join registrant r on r.id = l.registrant_id");
        joins(sql, request);
        if (scope.only().isEmpty()) {
            where(sql, request);
        }
        return sql;
    }

    /**
     * One {@code with} clause per type of the computed criteria (and per attendance criterion of an enrolled
     * type), the pathway's assessments and latest graduations, and {@code listed}: who is on the list (or the
     * given registrants), with the computed criteria's figures ({@code c<i>_status}, {@code c<i>_topics}, ...).
     * The whole list is one full join of those lists, the assessed and the graduated on the registrant: each
     * list is read once.
     */
    private static void with(Statement sql, ReadinessRequest request, Scope scope) {
        long pathway = request.pathway().id().value();
        Optional<Long[]> only = scope.only();
        // for given registrants each clause reads only theirs (their summary rows by primary key)
        String ids = only.isPresent() ? " and registrant_id = any(?)" : "";
        Object[] idBinds = only.isPresent() ? new Object[]{only.get()} : new Object[0];
        sql.append("with assessed as (select criterion_id, registrant_id, met, note, assessed_on, assessed_by, "
                + "recorded_at from graduation_assessment where pathway_id = ?" + ids + "),\n", pathway).binds(idBinds);
        sql.append("grads as (select distinct on (registrant_id) registrant_id, id, graduated_on, "
                + "revoked_at is not null as revoked from graduation where pathway_id = ?" + ids
                + " order by registrant_id, id desc)", pathway).binds(idBinds);
        List<String> computed = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<Criterion> criteria = request.pathway().criteria();
        // the attendance criteria (but of types with enrolments) and curriculum criteria, by type: one pass each
        Map<Long, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionKind kind = criteria.get(i).kind();
            SessionTypeId type = kind instanceof CriterionKind.AttendanceCompliance a && !scope.enrolled().containsKey(i)
                    ? a.type() : kind instanceof CriterionKind.CurriculumCompleted c ? c.type() : null;
            if (type != null) {
                byType.computeIfAbsent(type.value(), key -> new ArrayList<>()).add(i);
            }
        }
        int pass = 0;
        for (Map.Entry<Long, List<Integer>> type : byType.entrySet()) {
            String t = "t" + pass++;
            summaryPass(sql, request, t, type.getKey(), type.getValue(), ids, idBinds);
            computed.add(t);
            for (int i : type.getValue()) {
                List<String> figures = criteria.get(i).kind() instanceof CriterionKind.AttendanceCompliance
                        ? ATTENDANCE_FIGURES : List.of("topics");
                figures.forEach(figure -> columns.add(t + ".c" + i + "_" + figure + " as c" + i + "_" + figure));
            }
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String c = "c" + i;
            ComplianceSql.JudgedList enrolledList = scope.enrolled().get(i);
            if (enrolledList != null) {
                sql.append(",\n" + c + " as (select j.registrant_id, j.p, j.a, j.e, j.attended, j.counted, "
                                + "j.status, j.missing from " + enrolledList.function() + " j where true"
                                + ids.replace("registrant_id", "j.registrant_id") + ")", enrolledList.binds())
                        .binds(idBinds);
                computed.add(c);
                for (String column : ATTENDANCE_FIGURES) {
                    columns.add(c + "." + column + " as " + c + "_" + column);
                }
            } else if (criterion.kind() instanceof CriterionKind.RulePasses) {
                sql.append(",\n" + c + " as (select unnest(?::bigint[]) as registrant_id)",
                        (Object) Arrays.stream(request.rules().get(criterion.id()).ids()).boxed().toArray(Long[]::new));
            }
        }
        String figures = columns.stream().map(column -> ", " + column).collect(Collectors.joining());
        if (only.isPresent()) {
            sql.append(",\nlisted as (select l.registrant_id" + figures
                    + " from unnest(?::bigint[]) as l (registrant_id)", (Object) only.get());
            for (String c : computed) {
                sql.append(" left join " + c + " on " + c + ".registrant_id = l.registrant_id");
            }
        } else {
            List<String> sources = new ArrayList<>(computed);
            sources.add("(select distinct registrant_id from assessed)");
            sources.add("grads");
            List<String> keys = new ArrayList<>();
            StringBuilder from = new StringBuilder();
            for (int k = 0; k < sources.size(); k++) {
                String alias = k < computed.size() ? computed.get(k) : "k" + k;
                String source = k < computed.size() ? alias : sources.get(k) + " " + alias;
                if (k == 0) {
                    from.append(source);
                } else {
                    from.append(" full join " + source + " on " + alias + ".registrant_id = coalesce("
                            + String.join(", ", keys) + ")");
                }
                keys.add(alias + ".registrant_id");
            }
            sql.append(",\nlisted as (select coalesce(" + String.join(", ", keys) + ") as registrant_id" + figures
                    + " from " + from);
        }
        sql.append(")\n");
    }

    /**
     * The clause {@code t}: one pass over the type's summary rows for all of its criteria (given by position),
     * each registrant's row read once. Per attendance criterion its packed counts in its period, judged under
     * its policy ({@code c<i>_status}, ... null without a counted record in the period); per curriculum
     * criterion the topics covered ({@code c<i>_topics}, null without a counted record). Who has none of
     * these is left out.
     */
    private static void summaryPass(Statement sql, ReadinessRequest request, String t, long type,
                                    List<Integer> criteria, String ids, Object[] idBinds) {
        StringBuilder figures = new StringBuilder();
        Statement from = new Statement().append("(select s.registrant_id");
        StringBuilder judges = new StringBuilder();
        List<Object> judgeBinds = new ArrayList<>();
        List<String> onTheList = new ArrayList<>();
        for (int i : criteria) {
            Criterion criterion = request.pathway().criteria().get(i);
            if (criterion.kind() instanceof CriterionKind.AttendanceCompliance a) {
                from.append(", " + ComplianceSql.PACKED_IN + " as k" + i, a.from(), a.to());
                judges.append(" left join lateral " + ComplianceSql.judge("x.k" + i) + " j" + i + " on x.k" + i + " > 0");
                judgeBinds.addAll(List.of(ComplianceSql.judgeBinds(policy(request, criterion))));
                for (String figure : List.of("p", "a", "e", "attended", "counted", "status")) {
                    figures.append(", j" + i + "." + figure + " as c" + i + "_" + figure);
                }
                figures.append(", 0 as c" + i + "_missing");
                onTheList.add("x.k" + i + " > 0");
            } else {
                figures.append(", x.topics as c" + i + "_topics");
                onTheList.add("x.topics is not null");
            }
        }
        // offset 0: each figure is computed once per row, not again wherever it is used
        from.append(", " + ComplianceSql.COVERED_IN + " as topics from " + ComplianceSql.SUMMARY_OF_TYPE
                + ids.replace("registrant_id", "s.registrant_id") + " offset 0) x", type).binds(idBinds);
        sql.append(",\n" + t + " as (select x.registrant_id" + figures + " from " + from, from.bindArray())
                .append(judges.toString(), judgeBinds.toArray())
                .append(" where " + onTheList.stream().distinct().collect(Collectors.joining(" or ")) + ")");
    }

    /** The latest graduation ({@code g}), and the criteria not in {@code listed}: assessments, rules. */
    private static void joins(Statement sql, ReadinessRequest request) {
        sql.append(" left join grads g on g.registrant_id = l.registrant_id");
        List<Criterion> criteria = request.pathway().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            switch (criteria.get(i).kind()) {
                case CriterionKind.StaffAssessed s -> sql.append(" left join assessed c" + i + " on c" + i
                        + ".registrant_id = l.registrant_id and c" + i + ".criterion_id = ?", criteria.get(i).id().value());
                case CriterionKind.RulePasses r -> sql.append(" left join c" + i + " on c" + i
                        + ".registrant_id = l.registrant_id");
                default -> {
                }
            }
        }
    }

    private static void where(Statement sql, ReadinessRequest request) {
        sql.append(" where true");
        if (!request.search().isEmpty()) {
            String like = "%" + request.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            sql.append(" and (lower(r.full_name) like ? escape '!' or lower(r.external_id) like ? escape '!')", like, like);
        }
        filter(sql, request, new Joined());
    }

    /** Where each criterion's figure of a registrant is read: joined (the whole list) or looked up (one registrant). */
    private interface Figures {
        /** Whether the registrant's latest graduation of the pathway stands. */
        void graduated(Statement sql);

        /** The attendance criterion's compliance status, null without a counted record in the period. */
        void status(Statement sql, int criterion);

        /** The curriculum criterion's covered topics (active or not), null without a counted record. */
        void topics(Statement sql, int criterion);

        void passes(Statement sql, int criterion);

        /** The staff assessment's verdict, null when not assessed. */
        void met(Statement sql, int criterion);
    }

    /** The figures of the whole list's {@code with} clauses, joined as {@link #joins} does. */
    private record Joined() implements Figures {
        @Override
        public void graduated(Statement sql) {
            sql.append("(g.id is not null and not g.revoked)");
        }

        @Override
        public void status(Statement sql, int criterion) {
            sql.append("l.c" + criterion + "_status");
        }

        @Override
        public void topics(Statement sql, int criterion) {
            sql.append("l.c" + criterion + "_topics");
        }

        @Override
        public void passes(Statement sql, int criterion) {
            sql.append("c" + criterion + ".registrant_id is not null");
        }

        @Override
        public void met(Statement sql, int criterion) {
            sql.append("c" + criterion + ".met");
        }
    }

    /** The figures of the registrant {@code r}, each looked up for them alone (an index look-up or two). */
    private record LookedUp(ReadinessRequest request) implements Figures {
        @Override
        public void graduated(Statement sql) {
            sql.append("coalesce((select x.revoked_at is null from graduation x where x.pathway_id = ? and "
                    + "x.registrant_id = r.id order by x.id desc limit 1), false)", request.pathway().id().value());
        }

        @Override
        public void status(Statement sql, int criterion) {
            Criterion c = request.pathway().criteria().get(criterion);
            CriterionKind.AttendanceCompliance a = (CriterionKind.AttendanceCompliance) c.kind();
            sql.append("(select j.status from " + ComplianceSql.JUDGED + " j where j.registrant_id = r.id)",
                    ComplianceSql.judgedBinds(a.type(), new Period(a.from(), a.to()), policy(request, c)));
        }

        @Override
        public void topics(Statement sql, int criterion) {
            CriterionKind.CurriculumCompleted c =
                    (CriterionKind.CurriculumCompleted) request.pathway().criteria().get(criterion).kind();
            sql.append("(select x.topics from " + ComplianceSql.CURRICULUM_COVERED + " x where x.registrant_id = r.id)",
                    c.type().value());
        }

        @Override
        public void passes(Statement sql, int criterion) {
            sql.append("r.id = any(?::bigint[])", (Object) Arrays.stream(request.rules()
                    .get(request.pathway().criteria().get(criterion).id()).ids()).boxed().toArray(Long[]::new));
        }

        @Override
        public void met(Statement sql, int criterion) {
            sql.append("(select x.met from graduation_assessment x where x.criterion_id = ? and x.registrant_id = r.id)",
                    request.pathway().criteria().get(criterion).id().value());
        }
    }

    /** The request's filter as a condition ({@code and ...}) on the figures. */
    private static void filter(Statement sql, ReadinessRequest request, Figures figures) {
        switch (request.filter()) {
            case ALL -> {
            }
            case GRADUATED -> {
                sql.append(" and ");
                figures.graduated(sql);
            }
            case READY, NOT_READY -> {
                sql.append(" and not ");
                figures.graduated(sql);
                sql.append(" and " + (request.filter() == ReadinessFilter.READY ? "" : "not "));
                ready(sql, request, figures);
            }
        }
    }

    /**
     * Readiness's rule ({@link Readiness#ready()}): every required criterion met, or every criterion when none is
     * required; each criterion met as {@link CriterionState} says (attendance: the engine's status Compliant or
     * Not required, and for a registrant without counted records the engine's status of nothing counted;
     * curriculum: the type has active topics and every one of them is covered).
     */
    private static void ready(Statement sql, ReadinessRequest request, Figures figures) {
        List<Criterion> criteria = request.pathway().criteria();
        boolean anyRequired = criteria.stream().anyMatch(Criterion::required);
        sql.append("(true");
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            if (anyRequired && !criterion.required()) {
                continue;
            }
            switch (criterion.kind()) {
                case CriterionKind.AttendanceCompliance a -> {
                    sql.append(" and coalesce(");
                    figures.status(sql, i);
                    sql.append(", compliance_status(0, 0, ?)) in ('COMPLIANT', 'NOT_REQUIRED')",
                            policy(request, criterion).requiredPercent());
                }
                case CriterionKind.CurriculumCompleted cc -> {
                    Long[] active = request.curricula().get(criterion.id()).topics().stream().filter(Topic::active)
                            .map(topic -> topic.id().value()).toArray(Long[]::new);
                    if (active.length == 0) {
                        sql.append(" and false");
                    } else {
                        sql.append(" and coalesce(");
                        figures.topics(sql, i);
                        sql.append(", '{}'::bigint[]) @> ?::bigint[]", (Object) active);
                    }
                }
                case CriterionKind.RulePasses r -> {
                    sql.append(" and ");
                    figures.passes(sql, i);
                }
                case CriterionKind.StaffAssessed s -> {
                    sql.append(" and coalesce(");
                    figures.met(sql, i);
                    sql.append(", false)");
                }
            }
        }
        sql.append(")");
    }

    private static CompliancePolicy policy(ReadinessRequest request, Criterion criterion) {
        CompliancePolicy policy = request.policies().get(criterion.id());
        if (policy == null) {
            throw new IllegalArgumentException("no policy for the attendance criterion " + criterion.label());
        }
        return policy;
    }

    /**
     * Turns one statement's records into rows; each column's position is looked up once, on the first record
     * (an export reads a million).
     */
    private static final class Rows {
        private static final String[] ATTENDANCE = {"p", "a", "e", "missing"};
        private static final String[] CURRICULUM = {"topics"};
        private static final String[] RULE = {"pass"};
        private static final String[] ASSESSMENT = {"met", "note", "on", "by", "at"};
        private static final String[] ROW = {"id", "external_id", "full_name", "area", "g_id", "g_on", "g_revoked"};

        private final ReadinessRequest request;
        private int[] row;
        private int[][] criteria;

        Rows(ReadinessRequest request) {
            this.request = request;
        }

        private static String[] columns(CriterionKind kind) {
            return switch (kind) {
                case CriterionKind.AttendanceCompliance a -> ATTENDANCE;
                case CriterionKind.CurriculumCompleted c -> CURRICULUM;
                case CriterionKind.RulePasses r -> RULE;
                case CriterionKind.StaffAssessed s -> ASSESSMENT;
            };
        }

        private void locate(Record record) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                positions.put(record.field(i).getName(), i);
            }
            row = Arrays.stream(ROW).mapToInt(positions::get).toArray();
            List<Criterion> list = request.pathway().criteria();
            criteria = new int[list.size()][];
            for (int i = 0; i < list.size(); i++) {
                String prefix = "c" + i + "_";
                criteria[i] = Arrays.stream(columns(list.get(i).kind())).mapToInt(column -> positions.get(prefix + column))
                        .toArray();
            }
        }

        ReadinessRow row(Record record) {
            if (row == null) {
                locate(record);
            }
            List<Criterion> list = request.pathway().criteria();
            RegistrantId registrant = new RegistrantId(record.get(row[0], Long.class));
            List<CriterionState> states = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Criterion criterion = list.get(i);
                int[] at = criteria[i];
                states.add(switch (criterion.kind()) {
                    case CriterionKind.AttendanceCompliance a -> {
                        CompliancePolicy policy = policy(request, criterion);
                        Integer present = record.get(at[0], Integer.class);
                        yield CriterionState.ofCompliance(criterion, present == null
                                ? policy.evaluate(AttendanceCounts.NONE)
                                : policy.evaluate(new AttendanceCounts(present, record.get(at[1], Integer.class),
                                record.get(at[2], Integer.class)), record.get(at[3], Integer.class)));
                    }
                    case CriterionKind.CurriculumCompleted cc -> {
                        Long[] topics = record.get(at[0], Long[].class);
                        Set<TopicId> covered = topics == null ? Set.of()
                                : Arrays.stream(topics).map(TopicId::new).collect(Collectors.toSet());
                        yield CriterionState.ofCurriculum(criterion,
                                CurriculumCompletion.of(request.curricula().get(criterion.id()).topics(), covered));
                    }
                    case CriterionKind.RulePasses r -> CriterionState.ofRule(criterion, record.get(at[0], Boolean.class));
                    case CriterionKind.StaffAssessed s -> {
                        Boolean met = record.get(at[0], Boolean.class);
                        yield CriterionState.ofAssessment(criterion, met == null ? Optional.empty()
                                : Optional.of(new Assessment(request.pathway().id(), criterion.id(), registrant, met,
                                record.get(at[1], String.class), record.get(at[2], LocalDate.class),
                                new UserId(record.get(at[3], Long.class)),
                                record.get(at[4], OffsetDateTime.class).toInstant())));
                    }
                });
            }
            Long graduation = record.get(row[4], Long.class);
            Optional<GraduationMark> mark = graduation == null ? Optional.empty()
                    : Optional.of(new GraduationMark(new GraduationId(graduation), record.get(row[5], LocalDate.class),
                    record.get(row[6], Boolean.class)));
            return new ReadinessRow(registrant, record.get(row[1], String.class), record.get(row[2], String.class),
                    record.get(row[3], String.class), new Readiness(states), mark);
        }
    }
}
