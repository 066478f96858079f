package org.sessiontracking.adapters.persistence.graduation;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores pathways in {@code graduation_pathway} and their criteria, in order, in {@code graduation_criterion}. */
public final class JooqGraduationPathwayRepository implements GraduationPathwayRepository {

    private static final String CRITERIA = "select id, pathway_id, label, kind, session_type_id, period_from, period_to, "
            + "rule_id, weight, required from graduation_criterion ";

    private final DSLContext db;

    public JooqGraduationPathwayRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public GraduationPathwayId nextId() {
        return new GraduationPathwayId(db.resultQuery("select nextval(pg_get_serial_sequence('graduation_pathway', 'id'))").fetchOne(0, Long.class));
    }

    @Override
    public CriterionId nextCriterionId() {
        return new CriterionId(db.resultQuery("select nextval('graduation_criterion_id_seq')").fetchOne(0, Long.class));
    }

    @Override
    public Optional<GraduationPathway> findById(GraduationPathwayId id) {
        return pathways("where id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<GraduationPathway> list() {
        return pathways("");
    }

    private List<GraduationPathway> pathways(String where, Object... binds) {
        List<Record> rows = db.resultQuery("select id, name, description, active, version from graduation_pathway "
                + where + " order by lower(name), id", binds).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(row -> row.get("id", Long.class)).toArray(Long[]::new);
        Map<Long, List<Criterion>> criteria = new HashMap<>();
        db.resultQuery(CRITERIA + "where pathway_id = any(?) order by pathway_id, position", (Object) ids)
                .forEach(row -> criteria.computeIfAbsent(row.get("pathway_id", Long.class), key -> new ArrayList<>())
                        .add(CriterionRows.criterion(row)));
        return rows.stream().map(row -> GraduationPathway.reconstitute(new GraduationPathwayId(row.get("id", Long.class)),
                row.get("name", String.class), row.get("description", String.class), row.get("active", Boolean.class),
                criteria.getOrDefault(row.get("id", Long.class), List.of()),
                new Version(row.get("version", Integer.class)))).toList();
    }

    @Override
    public void add(GraduationPathway pathway) {
        try {
            db.execute("insert into graduation_pathway (id, name, description, active, version) values (?, ?, ?, ?, 0)",
                    pathway.id().value(), pathway.name(), pathway.description(), pathway.active());
        } catch (DataAccessException e) {
            throw translated(e, pathway);
        }
        writeCriteria(pathway);
    }

    @Override
    public void update(GraduationPathway pathway) {
        int updated;
        try {
            updated = db.execute("update graduation_pathway set name = ?, description = ?, active = ?, "
                            + "version = version + 1 where id = ? and version = ?", pathway.name(), pathway.description(),
                    pathway.active(), pathway.id().value(), pathway.version().value());
        } catch (DataAccessException e) {
            throw translated(e, pathway);
        }
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this pathway meanwhile; reload it");
        }
        Long[] kept = pathway.criteria().stream().map(criterion -> criterion.id().value()).toArray(Long[]::new);
        db.execute("delete from graduation_criterion where pathway_id = ? and id <> all(?)", pathway.id().value(), kept);
        writeCriteria(pathway);
    }

    private void writeCriteria(GraduationPathway pathway) {
        int position = 0;
        for (Criterion criterion : pathway.criteria()) {
            db.execute("""
                    insert into graduation_criterion (id, pathway_id, position, label, kind, session_type_id, period_from,
                                                      period_to, rule_id, weight, required)
                    values (?, ?, ?, ?, ?, cast(? as bigint), cast(? as date), cast(? as date), cast(? as bigint), ?, ?)
                    on conflict (id) do update set position = excluded.position, label = excluded.label,
                        kind = excluded.kind, session_type_id = excluded.session_type_id,
                        period_from = excluded.period_from, period_to = excluded.period_to, rule_id = excluded.rule_id,
                        weight = excluded.weight, required = excluded.required
                     where graduation_criterion.pathway_id = excluded.pathway_id""",
                    criterion.id().value(), pathway.id().value(), position++, criterion.label(),
                    CriterionRows.kind(criterion.kind()), CriterionRows.type(criterion.kind()),
                    CriterionRows.from(criterion.kind()), CriterionRows.to(criterion.kind()),
                    CriterionRows.rule(criterion.kind()), criterion.weight(), criterion.required());
        }
    }

    private static RuntimeException translated(DataAccessException e, GraduationPathway pathway) {
        if (DatabaseErrors.violatedUniqueConstraint(e).filter("graduation_pathway_name_uk"::equals).isPresent()) {
            return new DuplicateException("name", "A pathway named '" + pathway.name() + "' already exists");
        }
        return e;
    }
}
