package org.sessiontracking.adapters.persistence.casework;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanRequirement;
import org.sessiontracking.domain.casework.PlanThresholds;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/**
 * Stores cases in {@code case_file} and their plans in {@code case_plan_item}. An item's attended sessions
 * are counted by the compliance rule's SQL home ({@link #ATTENDED}); overdue
 * items are the due-before-today ones attended fewer times than required, as in
 * {@link org.sessiontracking.domain.casework.PlanProgress}.
 */
public final class JooqCaseRepository implements CaseRepository {

    private static final String CASE_COLUMNS = "f.id, f.registrant_id, f.case_worker_id, f.flag_id, f.opened_by, "
            + "f.opened_on, f.compliant_percent, f.partial_percent, f.closed_by, f.closed_on, f.closing_note, f.version";

    /**
     * How many sessions of plan item {@code i} of case {@code f} the registrant attended, as compliance counts
     * "attended" (R__compliance.sql: counted_attendance leaves cancelled sessions out, compliance_counts
     * counts a type's records in a window, compliance_attended applies the type's excused policy).
     */
    private static final String ATTENDED = "coalesce(case"
            + " when i.session_id is not null then (select sum(compliance_attended((c.status = 'PRESENT')::int,"
            + " (c.status = 'ABSENT')::int, (c.status = 'EXCUSED')::int, t.excused_policy))::int"
            + " from counted_attendance c join session_type t on t.id = c.session_type_id"
            + " where c.session_id = i.session_id and c.registrant_id = f.registrant_id)"
            + " when coalesce(i.starts_on, f.opened_on) <= i.due_on then (select compliance_attended(c.p, c.a, c.e,"
            + " t.excused_policy) from compliance_counts(i.session_type_id, coalesce(i.starts_on, f.opened_on),"
            + " i.due_on) c join session_type t on t.id = i.session_type_id where c.registrant_id = f.registrant_id)"
            + " end, 0)";

    /** The row's overdue items as of the first bind (today): due before today and attended fewer times than required. */
    private static final String OVERDUE = "(select count(*) from case_plan_item i where i.case_id = f.id"
            + " and i.due_on < cast(? as date) and " + ATTENDED + " < i.required_count)::int";

    private static final String ROW_SELECT = "select * from (select f.id, f.registrant_id, r.full_name, r.external_id,"
            + " r.kind, f.case_worker_id, u.display_name as case_worker_name, f.closed_on, f.opened_on, f.flag_id,"
            + " (select count(*) from case_plan_item i where i.case_id = f.id)::int as items, " + OVERDUE
            + " as overdue_items, (select coalesce(sum(least(" + ATTENDED + ", i.required_count)), 0)"
            + " from case_plan_item i where i.case_id = f.id)::int as met, (select coalesce(sum(i.required_count), 0)"
            + " from case_plan_item i where i.case_id = f.id)::int as required, f.compliant_percent, f.partial_percent"
            + " from case_file f join registrant r on r.id = f.registrant_id"
            + " join app_user u on u.id = f.case_worker_id";

    private static final Map<String, String> SORTABLE = Map.of(
            CaseFilter.SortProperty.REGISTRANT.property(), "lower(full_name)",
            CaseFilter.SortProperty.CASE_WORKER.property(), "lower(case_worker_name)",
            CaseFilter.SortProperty.STATUS.property(), "(closed_on is not null)",
            CaseFilter.SortProperty.OPENED_ON.property(), "opened_on",
            CaseFilter.SortProperty.OVERDUE.property(), "overdue_items");

    private final DSLContext db;

    public JooqCaseRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class,
                inline("case_file"))).fetchSingle().value1());
    }

    @Override
    public Optional<Case> findById(CaseId id) {
        return db.resultQuery("select " + CASE_COLUMNS + " from case_file f where f.id = ?", id.value())
                .fetchOptional(record -> theCase(record, items(id)));
    }

    @Override
    public void add(Case theCase) {
        try {
            db.execute("insert into case_file (id, registrant_id, case_worker_id, flag_id, opened_by, opened_on,"
                            + " compliant_percent, partial_percent, version) values (?, ?, ?, cast(? as bigint), ?, ?,"
                            + " ?, ?, 0)",
                    theCase.id().value(), theCase.registrant().value(), theCase.caseWorker().value(),
                    theCase.flag().map(ComplianceFlagId::value).orElse(null), theCase.openedBy().value(),
                    theCase.openedOn(), theCase.thresholds().compliantPercent(), theCase.thresholds().partialPercent());
        } catch (DataAccessException error) {
            if (DatabaseErrors.violatedUniqueConstraint(error).filter("case_file_flag_idx"::equals).isPresent()) {
                throw new DuplicateException("flag", "A case was already opened from this flag");
            }
            throw error;
        }
        insertItems(theCase);
        closure(theCase);
    }

    @Override
    public void update(Case theCase) {
        Case.Closure closure = theCase.closure().orElse(null);
        int updated = db.execute("update case_file set case_worker_id = ?, compliant_percent = ?, partial_percent = ?,"
                        + " closed_by = cast(? as bigint), closed_on = cast(? as date), closing_note = cast(? as text),"
                        + " version = version + 1 where id = ? and version = ?",
                theCase.caseWorker().value(), theCase.thresholds().compliantPercent(),
                theCase.thresholds().partialPercent(), closure == null ? null : closure.by().value(),
                closure == null ? null : closure.on(), closure == null ? null : closure.note(), theCase.id().value(),
                theCase.version().value());
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this case meanwhile; reload it");
        }
        db.execute("delete from case_plan_item where case_id = ?", theCase.id().value());
        insertItems(theCase);
    }

    private void closure(Case theCase) {
        theCase.closure().ifPresent(closure -> db.execute("update case_file set closed_by = ?, closed_on = ?,"
                + " closing_note = ? where id = ?", closure.by().value(), closure.on(), closure.note(),
                theCase.id().value()));
    }

    private void insertItems(Case theCase) {
        for (PlanItem item : theCase.items()) {
            Long session = item.requirement() instanceof PlanRequirement.AttendSession(SessionId id) ? id.value() : null;
            Long type = item.requirement() instanceof PlanRequirement.AttendSessionsOfType(SessionTypeId id, int count)
                    ? id.value() : null;
            db.execute("insert into case_plan_item (case_id, item_no, session_id, session_type_id, required_count,"
                            + " starts_on, due_on) values (?, ?, cast(? as bigint), cast(? as bigint), ?,"
                            + " cast(? as date), ?)",
                    theCase.id().value(), item.number(), session, type, item.requirement().required(),
                    item.startsOn().orElse(null), item.dueOn());
        }
    }

    @Override
    public List<CaseRow> list(CaseFilter filter, LocalDate today, PageRequest page) {
        List<Object> binds = new ArrayList<>(List.of(today));
        StringBuilder sql = new StringBuilder(ROW_SELECT);
        where(sql, binds, filter);
        sql.append(" order by ");
        for (PageRequest.SortOrder sort : page.sort()) {
            String expression = SORTABLE.get(sort.property());
            if (expression == null) {
                throw new IllegalArgumentException("cannot sort cases by '" + sort.property() + "'; allowed: "
                        + SORTABLE.keySet());
            }
            sql.append(expression).append(sort.ascending() ? " asc, " : " desc, ");
        }
        sql.append(page.sort().isEmpty() ? "opened_on desc, id desc" : "id desc").append(" offset ? limit ?");
        binds.add(page.offset());
        binds.add(page.limit());
        return db.resultQuery(sql.toString(), binds.toArray()).fetch(JooqCaseRepository::row);
    }

    @Override
    public int count(CaseFilter filter, LocalDate today) {
        List<Object> binds = new ArrayList<>(List.of(today));
        StringBuilder sql = new StringBuilder("select count(*) from (").append(ROW_SELECT.substring("select * from (".length()));
        where(sql, binds, filter);
        return db.resultQuery(sql.toString(), binds.toArray()).fetchSingle(0, Integer.class);
    }

    private static void where(StringBuilder sql, List<Object> binds, CaseFilter filter) {
        sql.append(" where true");
        filter.status().ifPresent(status -> sql.append(status == CaseStatus.OPEN ? " and f.closed_on is null"
                : " and f.closed_on is not null"));
        filter.caseWorker().ifPresent(worker -> {
            sql.append(" and f.case_worker_id = ?");
            binds.add(worker.value());
        });
        sql.append(") c");
        if (filter.overdueOnly()) {
            sql.append(" where overdue_items > 0");
        }
    }

    @Override
    public List<CaseRow> requiring(SessionId session, Optional<UserId> caseWorker, LocalDate today) {
        List<Object> binds = new ArrayList<>(List.of(today));
        StringBuilder sql = new StringBuilder(ROW_SELECT).append(" where f.closed_on is null and exists (select 1"
                + " from case_plan_item i join session s on s.id = ? where i.case_id = f.id and (i.session_id = s.id"
                + " or (i.session_type_id = s.session_type_id and s.session_date between coalesce(i.starts_on,"
                + " f.opened_on) and i.due_on)))");
        binds.add(session.value());
        caseWorker.ifPresent(worker -> {
            sql.append(" and f.case_worker_id = ?");
            binds.add(worker.value());
        });
        sql.append(") c order by lower(full_name), id");
        return db.resultQuery(sql.toString(), binds.toArray()).fetch(JooqCaseRepository::row);
    }

    @Override
    public Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags) {
        Map<ComplianceFlagId, CaseId> opened = new HashMap<>();
        if (flags.isEmpty()) {
            return opened;
        }
        Long[] ids = flags.stream().map(ComplianceFlagId::value).toArray(Long[]::new);
        db.resultQuery("select flag_id, id from case_file where flag_id = any (?)", (Object) ids)
                .forEach(record -> opened.put(new ComplianceFlagId(record.get(0, Long.class)),
                        new CaseId(record.get(1, Long.class))));
        return opened;
    }

    private List<PlanItem> items(CaseId id) {
        return db.resultQuery("select item_no, session_id, session_type_id, required_count, starts_on, due_on"
                + " from case_plan_item where case_id = ? order by item_no", id.value()).fetch(record -> {
            Long session = record.get("session_id", Long.class);
            PlanRequirement requirement = session != null ? new PlanRequirement.AttendSession(new SessionId(session))
                    : new PlanRequirement.AttendSessionsOfType(new SessionTypeId(record.get("session_type_id",
                    Long.class)), record.get("required_count", Integer.class));
            return new PlanItem(record.get("item_no", Integer.class), requirement,
                    Optional.ofNullable(record.get("starts_on", LocalDate.class)), record.get("due_on", LocalDate.class));
        });
    }

    private static Case theCase(Record record, List<PlanItem> items) {
        Long closedBy = record.get("closed_by", Long.class);
        Case.Closure closure = closedBy == null ? null : new Case.Closure(new UserId(closedBy),
                record.get("closed_on", LocalDate.class), record.get("closing_note", String.class));
        Long flag = record.get("flag_id", Long.class);
        return Case.reconstitute(new CaseId(record.get("id", Long.class)),
                new RegistrantId(record.get("registrant_id", Long.class)),
                Optional.ofNullable(flag).map(ComplianceFlagId::new), new UserId(record.get("opened_by", Long.class)),
                record.get("opened_on", LocalDate.class), new UserId(record.get("case_worker_id", Long.class)),
                new PlanThresholds(record.get("compliant_percent", Integer.class),
                        record.get("partial_percent", Integer.class)), items, closure,
                new Version(record.get("version", Integer.class)));
    }

    private static CaseRow row(Record record) {
        Long flag = record.get("flag_id", Long.class);
        return new CaseRow(new CaseId(record.get("id", Long.class)),
                new RegistrantId(record.get("registrant_id", Long.class)), record.get("full_name", String.class),
                record.get("external_id", String.class), RegistrantKind.valueOf(record.get("kind", String.class)),
                new UserId(record.get("case_worker_id", Long.class)), record.get("case_worker_name", String.class),
                record.get("closed_on") == null ? CaseStatus.OPEN : CaseStatus.CLOSED,
                record.get("opened_on", LocalDate.class), record.get("items", Integer.class),
                record.get("overdue_items", Integer.class), Optional.ofNullable(flag).map(ComplianceFlagId::new),
                record.get("met", Integer.class), record.get("required", Integer.class),
                new PlanThresholds(record.get("compliant_percent", Integer.class),
                        record.get("partial_percent", Integer.class)));
    }
}
