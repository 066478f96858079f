package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql.Statement;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/** Stores compliance flags in {@code compliance_flag}. */
public final class JooqComplianceFlagRepository implements ComplianceFlagRepository {

    private static final String COLUMNS = "f.id, f.registrant_id, f.session_type_id, f.kind, f.note, f.raised_by, "
            + "f.raised_at, f.resolved_by, f.resolved_at, f.resolution_note, f.version";

    private final DSLContext db;

    public JooqComplianceFlagRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public ComplianceFlagId nextId() {
        return new ComplianceFlagId(db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class,
                inline("compliance_flag"))).fetchSingle().value1());
    }

    @Override
    public Optional<ComplianceFlag> findById(ComplianceFlagId id) {
        return db.resultQuery("select " + COLUMNS + " from compliance_flag f where f.id = ?", id.value())
                .fetchOptional(JooqComplianceFlagRepository::flag);
    }

    @Override
    public void add(ComplianceFlag flag) {
        db.execute("insert into compliance_flag (id, registrant_id, session_type_id, kind, note, raised_by, raised_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, cast(? as timestamptz), 0)",
                flag.id().value(), flag.registrant().value(), flag.sessionType().value(), flag.kind().name(),
                flag.note(), flag.raisedBy().value(), OffsetDateTime.ofInstant(flag.raisedAt(), ZoneOffset.UTC).toString());
    }

    @Override
    public void update(ComplianceFlag flag) {
        ComplianceFlag.Resolution resolution = flag.resolution().orElse(null);
        int updated = db.execute("update compliance_flag set resolved_by = cast(? as bigint), resolved_at = cast(? as timestamptz), resolution_note = cast(? as text),"
                        + " version = version + 1 where id = ? and version = ?",
                resolution == null ? null : resolution.by().value(),
                resolution == null ? null : OffsetDateTime.ofInstant(resolution.at(), ZoneOffset.UTC).toString(),
                resolution == null ? null : resolution.note(), flag.id().value(), flag.version().value());
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this flag meanwhile; reload it");
        }
    }

    @Override
    public List<FlagRow> list(FlagFilter filter, PageRequest page) {
        if (!page.sort().isEmpty()) {
            // the port lists latest first only: no sort property is allow-listed, so none may be silently ignored
            throw new IllegalArgumentException("flags are listed latest first only; cannot sort by "
                    + page.sort().stream().map(PageRequest.SortOrder::property).toList());
        }
        Statement sql = new Statement().append("select " + COLUMNS + ", r.full_name as registrant_name, "
                + "r.external_id, t.name as type_name, u.display_name as raised_by_name, "
                + "coalesce(v.display_name, '') as resolved_by_name from compliance_flag f "
                + "join registrant r on r.id = f.registrant_id join session_type t on t.id = f.session_type_id "
                + "join app_user u on u.id = f.raised_by left join app_user v on v.id = f.resolved_by");
        where(sql, filter);
        sql.append(" order by f.raised_at desc, f.id desc offset ? limit ?", page.offset(), page.limit());
        return db.resultQuery(sql.toString(), sql.bindArray()).fetch(record -> new FlagRow(flag(record),
                record.get("registrant_name", String.class), record.get("external_id", String.class),
                record.get("type_name", String.class), record.get("raised_by_name", String.class),
                record.get("resolved_by_name", String.class)));
    }

    @Override
    public int count(FlagFilter filter) {
        Statement sql = new Statement().append("select count(*) from compliance_flag f");
        where(sql, filter);
        return db.resultQuery(sql.toString(), sql.bindArray()).fetchOne(0, Integer.class);
    }

    private static void where(Statement sql, FlagFilter filter) {
        sql.append(" where true");
        filter.type().ifPresent(type -> sql.append(" and f.session_type_id = ?", type.value()));
        filter.kind().ifPresent(kind -> sql.append(" and f.kind = ?", kind.name()));
        filter.registrant().ifPresent(registrant -> sql.append(" and f.registrant_id = ?", registrant.value()));
        if (filter.openOnly()) {
            sql.append(" and f.resolved_at is null");
        }
    }

    private static ComplianceFlag flag(Record record) {
        Long resolvedBy = record.get("resolved_by", Long.class);
        ComplianceFlag.Resolution resolution = resolvedBy == null ? null : new ComplianceFlag.Resolution(
                new UserId(resolvedBy), record.get("resolved_at", OffsetDateTime.class).toInstant(),
                record.get("resolution_note", String.class));
        return ComplianceFlag.reconstitute(new ComplianceFlagId(record.get("id", Long.class)),
                new RegistrantId(record.get("registrant_id", Long.class)),
                new SessionTypeId(record.get("session_type_id", Long.class)),
                FlagKind.valueOf(record.get("kind", String.class)), record.get("note", String.class),
                new UserId(record.get("raised_by", Long.class)),
                record.get("raised_at", OffsetDateTime.class).toInstant(), resolution,
                new Version(record.get("version", Integer.class)));
    }
}
