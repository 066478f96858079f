package org.sessiontracking.adapters.persistence.verification;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.adapters.persistence.compliance.ComplianceSql;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Frozen compliance lists in frozen_compliance_version and frozen_compliance_row (V13). A closing is
 * one statement: the engine's {@code compliance_judged_all} for the period's type, dates and policy,
 * joined to the registrants' names, inserted as the version's rows, and the version's header with its
 * totals counted from the rows just inserted.
 */
public final class JooqFrozenLists implements FrozenComplianceLists, FrozenCompliance {

    private static final int FETCH_SIZE = 5_000;
    /** The statuses in the order of the version's total columns (not_required, no_data, compliant, non_compliant). */
    private static final List<ComplianceStatus> TOTALS_COLUMNS = List.of(ComplianceStatus.NOT_REQUIRED,
            ComplianceStatus.NO_DATA, ComplianceStatus.COMPLIANT, ComplianceStatus.NON_COMPLIANT);
    private static final String ROW_COLUMNS = "f.registrant_id, f.external_id, f.full_name, f.area, f.group_name, "
            + "f.p, f.a, f.e, f.attended, f.counted, f.status, f.missing";
    private static final String ORDER = " order by lower(f.full_name), f.registrant_id";

    private final DSLContext db;
    private final JooqVerificationPeriods periods;

    public JooqFrozenLists(DSLContext db) {
        this.db = db;
        this.periods = new JooqVerificationPeriods(db);
    }

    @Override
    public FrozenVersion freeze(VerificationPeriod period, PeriodEvent closing, CompliancePolicy policy) {
        List<Object> binds = new ArrayList<>(List.of(period.id().value(), closing.version()));
        // a type with enrolments freezes its enrolled registrants too, judged with their missing records
        ComplianceSql.JudgedList judged = ComplianceSql.judgedList(db, period.type(),
                new Period(period.from(), period.to()), policy);
        binds.addAll(List.of(judged.binds()));
        StringBuilder sql = new StringBuilder("with stored as (insert into frozen_compliance_row (period_id, version, "
                + "registrant_id, external_id, full_name, area, group_id, group_name, p, a, e, attended, counted, "
                + "status, rate, missing) select ?, ?, j.registrant_id, r.external_id, r.full_name, r.area, r.group_id, "
                + "coalesce(g.full_name, ''), j.p, j.a, j.e, j.attended, j.counted, j.status, j.rate, "
                + judged.missing("j") + " from " + judged.function()
                + " j join registrant r on r.id = j.registrant_id "
                + "left join registrant g on g.id = r.group_id returning status)\n"
                + "insert into frozen_compliance_version (period_id, version, session_type_id, period_from, period_to, "
                + "required_percent, excused_policy, missing_record_policy, closed_by, closed_at, not_required, no_data, "
                + "compliant, non_compliant) select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz");
        binds.addAll(List.of(period.id().value(), closing.version(), period.type().value(), period.from(), period.to(),
                policy.requiredPercent(), policy.excusedPolicy().name(), policy.missingRecordPolicy().name(),
                closing.byName(),
                OffsetDateTime.ofInstant(closing.at(), ZoneOffset.UTC)));
        for (ComplianceStatus status : TOTALS_COLUMNS) {
            sql.append(", count(*) filter (where stored.status = ?)");
            binds.add(status.name());
        }
        sql.append(" from stored");
        db.execute(sql.toString(), binds.toArray());
        return versions(period.id()).stream().filter(version -> version.version() == closing.version())
                .findFirst().orElseThrow();
    }

    @Override
    public List<FrozenVersion> versions(VerificationPeriodId period) {
        return db.resultQuery("select version, closed_by, closed_at, required_percent, excused_policy, not_required, "
                        + "no_data, compliant, non_compliant, missing_record_policy from frozen_compliance_version "
                        + "where period_id = ? order by version", period.value())
                .fetch(record -> {
                    Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
                    totals.put(ComplianceStatus.NOT_REQUIRED, record.get(5, Integer.class));
                    totals.put(ComplianceStatus.NO_DATA, record.get(6, Integer.class));
                    totals.put(ComplianceStatus.COMPLIANT, record.get(7, Integer.class));
                    totals.put(ComplianceStatus.NON_COMPLIANT, record.get(8, Integer.class));
                    return new FrozenVersion(period, record.get(0, Integer.class), record.get(1, String.class),
                            record.get(2, OffsetDateTime.class).toInstant(),
                            new CompliancePolicy(record.get(3, Integer.class),
                                    ExcusedPolicy.valueOf(record.get(4, String.class)),
                                    SessionTypeDetails.DEFAULT_ABSENCE_WARNING,
                                    MissingRecordPolicy.valueOf(record.get(9, String.class))), totals);
                });
    }

    /** The rows of a version with their line of the version before, when it differs. */
    private static String withPrevious(boolean changedOnly) {
        return "from frozen_compliance_row f left join frozen_compliance_row v on v.period_id = f.period_id "
                + "and v.version = f.version - 1 and v.registrant_id = f.registrant_id "
                + "where f.period_id = ? and f.version = ?"
                + (changedOnly ? " and f.version > 1 and (v.registrant_id is null "
                + "or (v.p, v.a, v.e, v.status) is distinct from (f.p, f.a, f.e, f.status))" : "");
    }

    @Override
    public List<FrozenRow> page(VerificationPeriodId period, int version, boolean changedOnly, int offset, int limit) {
        return db.resultQuery("select " + ROW_COLUMNS + ", v.registrant_id is not null as was_on, v.p, v.a, v.e, "
                                + "v.attended, v.counted, v.status " + withPrevious(changedOnly) + ORDER + " offset ? limit ?",
                        period.value(), version, offset, limit)
                .fetch(record -> {
                    FrozenRow row = row(record, Optional.empty());
                    if (version == 1) {
                        return row;
                    }
                    FrozenRow.Previous previous = record.get(12, Boolean.class)
                            ? new FrozenRow.Previous(Optional.of(new AttendanceCounts(record.get(13, Integer.class),
                            record.get(14, Integer.class), record.get(15, Integer.class))),
                            Optional.of(ComplianceStatus.valueOf(record.get(18, String.class))),
                            record.get(16, Integer.class), record.get(17, Integer.class))
                            : FrozenRow.Previous.absent();
                    boolean same = previous.counts().equals(Optional.of(row.counts()))
                            && previous.status().equals(Optional.of(row.status()));
                    return same ? row : row(record, Optional.of(previous));
                });
    }

    @Override
    public int count(VerificationPeriodId period, int version, boolean changedOnly) {
        return db.resultQuery("select count(*) " + withPrevious(changedOnly), period.value(), version)
                .fetchOne(0, Integer.class);
    }

    @Override
    public void forEach(VerificationPeriodId period, int version, Consumer<FrozenRow> consumer) {
        try (Cursor<Record> cursor = db.resultQuery("select " + ROW_COLUMNS + " from frozen_compliance_row f "
                        + "where f.period_id = ? and f.version = ?" + ORDER, period.value(), version)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(record -> consumer.accept(row(record, Optional.empty())));
        }
    }

    @Override
    public CompliancePolicy policyOf(VerificationPeriodId period, int version) {
        return versions(period).stream().filter(frozen -> frozen.version() == version).findFirst()
                .map(FrozenVersion::policy)
                .orElseThrow(() -> new IllegalArgumentException("no version " + version + " of period " + period));
    }

    @Override
    public Optional<VerificationPeriod> periodWithDates(SessionTypeId type, Period dates) {
        return db.resultQuery(JooqVerificationPeriods.SELECT_PERIOD + " where p.session_type_id = ? "
                + "and p.period_from = ? and p.period_to = ?", type.value(), dates.from(), dates.to())
                .fetchOptional(periods::period);
    }

    @Override
    public void forEach(VerificationPeriodId period, int version, ComplianceCriteria criteria,
                        Consumer<ComplianceRow> consumer) {
        List<Object> binds = new ArrayList<>(List.of(criteria.type().value(), period.value(), version));
        StringBuilder sql = new StringBuilder("with flags as (select registrant_id, count(*) as open_flags "
                + "from compliance_flag where session_type_id = ? and resolved_at is null group by registrant_id) "
                + "select " + ROW_COLUMNS + ", coalesce(fl.open_flags, 0) from frozen_compliance_row f "
                + "left join flags fl on fl.registrant_id = f.registrant_id where f.period_id = ? and f.version = ?");
        criteria.status().ifPresent(status -> {
            sql.append(" and f.status = ?");
            binds.add(status.name());
        });
        if (!criteria.area().isEmpty()) {
            sql.append(" and lower(f.area) = lower(?)");
            binds.add(criteria.area());
        }
        criteria.group().ifPresent(group -> {
            sql.append(" and f.group_id = ?");
            binds.add(group.value());
        });
        sql.append(ORDER);
        try (Cursor<Record> cursor = db.resultQuery(sql.toString(), binds.toArray()).fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(record -> {
                FrozenRow row = row(record, Optional.empty());
                consumer.accept(new ComplianceRow(row.registrant(), row.externalId(), row.name(), row.area(),
                        row.group(), row.counts(), row.attended(), row.counted(), row.status(),
                        record.get(12, Integer.class), row.missing()));
            });
        }
    }

    private static FrozenRow row(Record record, Optional<FrozenRow.Previous> previous) {
        return new FrozenRow(new RegistrantId(record.get(0, Long.class)), record.get(1, String.class),
                record.get(2, String.class), record.get(3, String.class), record.get(4, String.class),
                new AttendanceCounts(record.get(5, Integer.class), record.get(6, Integer.class),
                        record.get(7, Integer.class)),
                record.get(8, Integer.class), record.get(9, Integer.class),
                ComplianceStatus.valueOf(record.get(10, String.class)), record.get(11, Integer.class), previous);
    }
}
