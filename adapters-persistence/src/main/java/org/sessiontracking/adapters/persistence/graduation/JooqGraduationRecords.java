package org.sessiontracking.adapters.persistence.graduation;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.FrozenCriterion;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationId;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Assessments in {@code graduation_assessment}; graduations in {@code graduation} with their frozen criteria. */
public final class JooqGraduationRecords implements GraduationRecords {

    private static final String GRADUATION = "select id, pathway_id, registrant_id, graduated_on, recorded_by, "
            + "recorded_at, was_ready, readiness_percent, reason, revoked_by, revoked_at, revoke_reason, version "
            + "from graduation ";

    private final DSLContext db;

    public JooqGraduationRecords(DSLContext db) {
        this.db = db;
    }

    @Override
    public void saveAssessment(Assessment assessment) {
        db.execute("""
                insert into graduation_assessment (criterion_id, registrant_id, pathway_id, met, note, assessed_on,
                                                   assessed_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as timestamptz))
                on conflict (criterion_id, registrant_id) do update set met = excluded.met, note = excluded.note,
                    assessed_on = excluded.assessed_on, assessed_by = excluded.assessed_by,
                    recorded_at = excluded.recorded_at""",
                assessment.criterion().value(), assessment.registrant().value(), assessment.pathway().value(),
                assessment.met(), assessment.note(), assessment.assessedOn(), assessment.assessedBy().value(),
                timestamp(assessment.recordedAt()));
    }

    @Override
    public GraduationId nextGraduationId() {
        return new GraduationId(db.resultQuery("select nextval(pg_get_serial_sequence('graduation', 'id'))").fetchOne(0, Long.class));
    }

    @Override
    public void add(Graduation graduation) {
        try {
            db.execute("""
                    insert into graduation (id, pathway_id, registrant_id, graduated_on, recorded_by, recorded_at,
                                            was_ready, readiness_percent, reason, version)
                    values (?, ?, ?, ?, ?, cast(? as timestamptz), ?, ?, ?, 0)""",
                    graduation.id().value(), graduation.pathway().value(), graduation.registrant().value(),
                    graduation.graduatedOn(), graduation.recordedBy().value(), timestamp(graduation.recordedAt()),
                    graduation.wasReady(), graduation.readinessPercent(), graduation.reason());
        } catch (DataAccessException e) {
            if (DatabaseErrors.violatedUniqueConstraint(e).filter("graduation_current_uk"::equals).isPresent()) {
                throw new DuplicateException("registrants", "The registrant already graduated from this pathway");
            }
            throw e;
        }
        int position = 0;
        for (FrozenCriterion criterion : graduation.criteria()) {
            db.execute("insert into graduation_criterion_state (graduation_id, position, label, kind, weight, required, "
                            + "met, score_percent, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", graduation.id().value(),
                    position++, criterion.label(), criterion.kind(), criterion.weight(), criterion.required(),
                    criterion.met(), criterion.scorePercent(), criterion.detail());
        }
    }

    @Override
    public void update(Graduation graduation) {
        Graduation.Revocation revocation = graduation.revocation().orElse(null);
        int updated = db.execute("update graduation set revoked_by = cast(? as bigint), "
                        + "revoked_at = cast(? as timestamptz), revoke_reason = cast(? as text), version = version + 1 "
                        + "where id = ? and version = ?",
                revocation == null ? null : revocation.by().value(),
                revocation == null ? null : timestamp(revocation.at()),
                revocation == null ? null : revocation.reason(), graduation.id().value(), graduation.version().value());
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this graduation meanwhile; reload it");
        }
    }

    @Override
    public Optional<Graduation> findById(GraduationId id) {
        return db.resultQuery(GRADUATION + "where id = ?", id.value()).fetchOptional(this::graduation);
    }

    @Override
    public List<Graduation> of(GraduationPathwayId pathway, RegistrantId registrant) {
        return db.resultQuery(GRADUATION + "where pathway_id = ? and registrant_id = ? order by id desc",
                pathway.value(), registrant.value()).fetch(this::graduation);
    }

    private Graduation graduation(Record row) {
        long id = row.get("id", Long.class);
        List<FrozenCriterion> criteria = db.resultQuery("select label, kind, weight, required, met, score_percent, "
                        + "detail from graduation_criterion_state where graduation_id = ? order by position", id)
                .fetch(state -> new FrozenCriterion(state.get("label", String.class), state.get("kind", String.class),
                        state.get("weight", Integer.class), state.get("required", Boolean.class),
                        state.get("met", Boolean.class), state.get("score_percent", BigDecimal.class),
                        state.get("detail", String.class)));
        Long revokedBy = row.get("revoked_by", Long.class);
        Graduation.Revocation revocation = revokedBy == null ? null : new Graduation.Revocation(new UserId(revokedBy),
                row.get("revoked_at", OffsetDateTime.class).toInstant(), row.get("revoke_reason", String.class));
        return Graduation.reconstitute(new GraduationId(id), new GraduationPathwayId(row.get("pathway_id", Long.class)),
                new RegistrantId(row.get("registrant_id", Long.class)), row.get("graduated_on", LocalDate.class),
                new UserId(row.get("recorded_by", Long.class)), row.get("recorded_at", OffsetDateTime.class).toInstant(),
                row.get("was_ready", Boolean.class), row.get("readiness_percent", BigDecimal.class),
                row.get("reason", String.class), criteria, revocation, new Version(row.get("version", Integer.class)));
    }

    private static String timestamp(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
