package org.sessiontracking.adapters.persistence.exemption;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/**
 * Stores exemptions in {@code exemption} (V14). Its triggers (R__compliance.sql) recompute the compliance
 * summary of whom a change covers in the same statement; which records an exemption leaves out is read
 * from the rule's own view, {@code exempted_attendance}.
 */
public final class JooqExemptionRepository implements ExemptionRepository {

    private static final String COLUMNS = "e.id, e.session_type_id, e.date_from, e.date_to, e.registrant_ids, e.areas, "
            + "e.reason, e.version";

    private final DSLContext db;
    private final Clock clock;

    public JooqExemptionRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ExemptionId nextId() {
        return new ExemptionId(db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class,
                inline("exemption"))).fetchSingle().value1());
    }

    @Override
    public void add(Exemption exemption, UserId createdBy, Instant createdAt) {
        String at = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC).toString();
        db.execute("insert into exemption (id, session_type_id, date_from, date_to, registrant_ids, areas, area_keys, "
                        + "reason, created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "cast(? as timestamptz), cast(? as timestamptz), 0)",
                exemption.id().value(), exemption.type().map(SessionTypeId::value).orElse(null), exemption.from(),
                exemption.to(), registrantIds(exemption), exemption.scope().areas().toArray(String[]::new),
                exemption.scope().areas().stream().map(ExemptionScope::key).toArray(String[]::new),
                exemption.reason(), createdBy.value(), at, at);
    }

    @Override
    public void update(Exemption exemption) {
        int updated = db.execute("update exemption set date_from = ?, date_to = ?, reason = ?, version = version + 1, "
                        + "updated_at = cast(? as timestamptz) where id = ? and version = ?", exemption.from(),
                exemption.to(), exemption.reason(), OffsetDateTime.now(clock).toString(), exemption.id().value(),
                exemption.version().value());
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this exemption meanwhile; reload it");
        }
    }

    @Override
    public void remove(ExemptionId id) {
        db.execute("delete from exemption where id = ?", id.value());
    }

    @Override
    public Optional<Exemption> findById(ExemptionId id) {
        return db.resultQuery("select " + COLUMNS + " from exemption e where e.id = ?", id.value())
                .fetchOptional(JooqExemptionRepository::exemption);
    }

    @Override
    public List<ExemptionRow> list() {
        return db.resultQuery("select " + COLUMNS + ", coalesce(t.name, ''), u.display_name, e.created_at "
                        + "from exemption e left join session_type t on t.id = e.session_type_id "
                        + "join app_user u on u.id = e.created_by order by e.date_from desc, e.id desc")
                .fetch(record -> new ExemptionRow(exemption(record), record.get(8, String.class),
                        record.get(9, String.class), record.get(10, OffsetDateTime.class).toInstant()));
    }

    @Override
    public Map<RegistrantId, LeftOut> leftOut(SessionTypeId type, LocalDate from, LocalDate to,
                                              Collection<RegistrantId> registrants) {
        Map<RegistrantId, LeftOut> leftOut = new HashMap<>();
        db.resultQuery("""
                        select x.registrant_id, count(distinct x.session_id), array_agg(distinct x.exemption_id)
                          from exempted_attendance x
                         where x.session_type_id = ? and x.session_date between ? and ? and x.registrant_id = any (?)
                         group by x.registrant_id""", type.value(), from, to,
                        registrants.stream().map(RegistrantId::value).toArray(Long[]::new))
                .forEach(record -> leftOut.put(new RegistrantId(record.get(0, Long.class)),
                        new LeftOut(record.get(1, Integer.class), Arrays.stream(record.get(2, Long[].class))
                                .map(ExemptionId::new).collect(Collectors.toSet()))));
        return leftOut;
    }

    private static Long[] registrantIds(Exemption exemption) {
        return exemption.scope().registrants().stream().map(RegistrantId::value).sorted().toArray(Long[]::new);
    }

    private static Exemption exemption(Record record) {
        Long type = record.get(1, Long.class);
        List<String> areas = List.of(record.get(5, String[].class));
        Set<RegistrantId> registrants = Arrays.stream(record.get(4, Long[].class)).map(RegistrantId::new)
                .collect(Collectors.toSet());
        return Exemption.reconstitute(new ExemptionId(record.get(0, Long.class)),
                Optional.ofNullable(type).map(SessionTypeId::new), record.get(2, LocalDate.class),
                record.get(3, LocalDate.class), new ExemptionScope(areas, registrants), record.get(6, String.class),
                new Version(record.get(7, Integer.class)));
    }
}
