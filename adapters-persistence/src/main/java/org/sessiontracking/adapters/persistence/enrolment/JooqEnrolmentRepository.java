package org.sessiontracking.adapters.persistence.enrolment;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.enrolment.EnrolmentScope;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;

/**
 * Stores enrolments in {@code enrolment} (V18). Compliance reads them through the rule's SQL
 * ({@code compliance_enrolled} in R__compliance.sql), so a change counts at once; whom an enrolment
 * expects at a session is read through the same function.
 */
public final class JooqEnrolmentRepository implements EnrolmentRepository {

    private static final String COLUMNS = "e.id, e.session_type_id, e.date_from, e.date_to, e.areas, e.household_ids, "
            + "e.registrant_ids, e.version";

    private final DSLContext db;
    private final Clock clock;

    public JooqEnrolmentRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public EnrolmentId nextId() {
        return new EnrolmentId(db.select(field("nextval(pg_get_serial_sequence({0}, 'id'))", Long.class,
                inline("enrolment"))).fetchSingle().value1());
    }

    @Override
    public void add(Enrolment enrolment, UserId createdBy, Instant createdAt) {
        String at = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC).toString();
        EnrolmentScope scope = enrolment.scope();
        db.execute("insert into enrolment (id, session_type_id, date_from, date_to, areas, area_keys, household_ids, "
                        + "registrant_ids, created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "cast(? as timestamptz), cast(? as timestamptz), 0)",
                enrolment.id().value(), enrolment.type().value(), enrolment.from(), enrolment.to().orElse(null),
                scope.areas().toArray(String[]::new), scope.areas().stream().map(EnrolmentScope::key)
                        .toArray(String[]::new), ids(scope.households()), ids(scope.registrants()),
                createdBy.value(), at, at);
    }

    @Override
    public void update(Enrolment enrolment) {
        int updated = db.execute("update enrolment set date_from = ?, date_to = ?, version = version + 1, "
                        + "updated_at = cast(? as timestamptz) where id = ? and version = ?", enrolment.from(),
                enrolment.to().orElse(null), OffsetDateTime.now(clock).toString(), enrolment.id().value(),
                enrolment.version().value());
        if (updated == 0) {
            throw new ConcurrentModificationException("Someone else changed this enrolment meanwhile; reload it");
        }
    }

    @Override
    public void remove(EnrolmentId id) {
        db.execute("delete from enrolment where id = ?", id.value());
    }

    @Override
    public Optional<Enrolment> findById(EnrolmentId id) {
        return db.resultQuery("select " + COLUMNS + " from enrolment e where e.id = ?", id.value())
                .fetchOptional(JooqEnrolmentRepository::enrolment);
    }

    @Override
    public List<EnrolmentRow> list() {
        return db.resultQuery("select " + COLUMNS + ", t.name, u.display_name, e.created_at "
                        + "from enrolment e join session_type t on t.id = e.session_type_id "
                        + "join app_user u on u.id = e.created_by order by e.date_from desc, e.id desc")
                .fetch(record -> new EnrolmentRow(enrolment(record), record.get(8, String.class),
                        record.get(9, String.class), record.get(10, OffsetDateTime.class).toInstant()));
    }

    @Override
    public boolean anyOf(SessionTypeId type) {
        return db.fetchExists(db.selectOne().from("enrolment").where("session_type_id = ?", type.value()));
    }

    @Override
    public List<RegistrantId> expected(SessionTypeId type, LocalDate day, String sessionArea, int limit) {
        return db.resultQuery("""
                        select r.id
                          from (select distinct n.registrant_id, n.area from compliance_enrolled(?, ?, ?) n) n
                          join registrant r on r.id = n.registrant_id
                         where lower(trim(?)) in ('', n.area)
                         order by lower(r.full_name), r.id
                         limit ?""", type.value(), day, day, sessionArea == null ? "" : sessionArea, limit)
                .fetch(record -> new RegistrantId(record.get(0, Long.class)));
    }

    @Override
    public List<RegistrantId> expectedAt(SessionId session, int limit) {
        return db.resultQuery("select session_type_id, session_date, area from session where id = ?", session.value())
                .fetchOptional(record -> expected(new SessionTypeId(record.get(0, Long.class)),
                        record.get(1, LocalDate.class), record.get(2, String.class), limit))
                .orElse(List.of());
    }

    private static Long[] ids(Set<RegistrantId> ids) {
        return ids.stream().map(RegistrantId::value).sorted().toArray(Long[]::new);
    }

    private static Set<RegistrantId> ids(Long[] values) {
        return Arrays.stream(values).map(RegistrantId::new).collect(Collectors.toSet());
    }

    private static Enrolment enrolment(Record record) {
        return Enrolment.reconstitute(new EnrolmentId(record.get(0, Long.class)),
                new SessionTypeId(record.get(1, Long.class)),
                new EnrolmentScope(List.of(record.get(4, String[].class)), ids(record.get(5, Long[].class)),
                        ids(record.get(6, Long[].class))),
                record.get(2, LocalDate.class), Optional.ofNullable(record.get(3, LocalDate.class)),
                new Version(record.get(7, Integer.class)));
    }
}
