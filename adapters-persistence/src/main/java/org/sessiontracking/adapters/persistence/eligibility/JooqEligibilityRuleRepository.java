package org.sessiontracking.adapters.persistence.eligibility;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.eligibility.port.out.EligibilityRuleRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.eligibility.EligibilityRule;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/** Stores eligibility rules in {@code eligibility_rule}; a duplicate name becomes a DuplicateException. */
public final class JooqEligibilityRuleRepository implements EligibilityRuleRepository {

    private final DSLContext db;
    private final Clock clock;

    public JooqEligibilityRuleRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public EligibilityRuleId nextId() {
        return new EligibilityRuleId(db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class,
                inline("eligibility_rule"))).fetchSingle().value1());
    }

    @Override
    public Optional<EligibilityRule> findById(EligibilityRuleId id) {
        return db.resultQuery("select id, name, expression, description, version from eligibility_rule where id = ?",
                id.value()).fetchOptional(JooqEligibilityRuleRepository::rule);
    }

    @Override
    public void add(EligibilityRule rule) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        translate(rule, () -> db.execute("insert into eligibility_rule (id, name, expression, description, version,"
                        + " created_at, updated_at) values (?, ?, ?, ?, 0, cast(? as timestamptz), cast(? as timestamptz))",
                rule.id().value(), rule.name(), rule.expression(), rule.description(), now.toString(), now.toString()));
    }

    @Override
    public void update(EligibilityRule rule) {
        int updated = translate(rule, () -> db.execute("update eligibility_rule set name = ?, expression = ?, "
                        + "description = ?, version = version + 1, updated_at = cast(? as timestamptz) where id = ? and version = ?",
                rule.name(), rule.expression(), rule.description(), OffsetDateTime.now(clock).toString(), rule.id().value(),
                rule.version().value()));
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this rule meanwhile; reload it");
        }
    }

    @Override
    public void delete(EligibilityRuleId id) {
        String usedBy = db.resultQuery("select p.name from graduation_criterion c join graduation_pathway p "
                + "on p.id = c.pathway_id where c.rule_id = ? order by lower(p.name) limit 1", id.value())
                .fetchOne(0, String.class);
        if (usedBy != null) {
            throw new org.sessiontracking.domain.common.DomainException(
                    EligibilityRuleRepository.usedByPathway(usedBy));
        }
        db.execute("delete from eligibility_rule where id = ?", id.value());
    }

    @Override
    public List<EligibilityRule> list() {
        return db.resultQuery("select id, name, expression, description, version from eligibility_rule "
                + "order by lower(name), id").fetch(JooqEligibilityRuleRepository::rule);
    }

    private static int translate(EligibilityRule rule, java.util.function.IntSupplier statement) {
        try {
            return statement.getAsInt();
        } catch (DataAccessException e) {
            if (DatabaseErrors.violatedUniqueConstraint(e).filter("eligibility_rule_name_uk"::equals).isPresent()) {
                throw new DuplicateException("name", "A rule named '" + rule.name() + "' already exists");
            }
            throw e;
        }
    }

    private static EligibilityRule rule(Record record) {
        return EligibilityRule.reconstitute(new EligibilityRuleId(record.get("id", Long.class)),
                record.get("name", String.class), record.get("expression", String.class),
                record.get("description", String.class), new Version(record.get("version", Integer.class)));
    }
}
