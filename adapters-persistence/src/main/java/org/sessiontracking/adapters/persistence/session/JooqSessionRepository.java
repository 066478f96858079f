package org.sessiontracking.adapters.persistence.session;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.sessiontracking.adapters.persistence.common.Sequences;
import org.sessiontracking.adapters.persistence.common.Sorting;
import org.sessiontracking.adapters.persistence.jooq.tables.AppUser;
import org.sessiontracking.adapters.persistence.jooq.tables.records.SessionCoFacilitatorRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.SessionRecord;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionFilter.SortProperty;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.arrayGet;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.unnest;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_CO_FACILITATOR;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.TOPIC;

/**
 * Sessions and their co-facilitators in PostgreSQL. The grid query reads one page with
 * offset/limit over indexed filters and an allow-listed sort, and then counts the attendance
 * records of that page's sessions only.
 */
public final class JooqSessionRepository implements SessionRepository {

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            SortProperty.title.name(), lower(SESSION.TITLE),
            SortProperty.type.name(), lower(SESSION_TYPE.NAME),
            SortProperty.date.name(), SESSION.SESSION_DATE,
            SortProperty.location.name(), lower(SESSION.LOCATION),
            // the user facilitator's name, or else the first external facilitator's
            SortProperty.facilitator.name(),
            lower(coalesce(APP_USER.DISPLAY_NAME, arrayGet(SESSION.EXTERNAL_FACILITATORS, 1))),
            SortProperty.topic.name(), lower(TOPIC.NAME),
            SortProperty.status.name(), SESSION.STATUS);

    private final DSLContext db;
    private final Clock clock;

    public JooqSessionRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public SessionId nextId() {
        return new SessionId(Sequences.nextId(db, SESSION));
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return db.selectFrom(SESSION).where(SESSION.ID.eq(id.value())).fetchOptional()
                .map(row -> SessionMapper.toDomain(row, coFacilitators(row.getId())));
    }

    @Override
    public void addAll(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SessionRecord> rows = new ArrayList<>();
        for (Session session : sessions) {
            SessionRecord row = db.newRecord(SESSION);
            row.setId(session.id().value());
            SessionMapper.copy(session, row);
            row.setVersion(0);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            rows.add(row);
        }
        db.batchInsert(rows).execute();
        insertCoFacilitators(sessions);
    }

    @Override
    public void update(Session session) {
        SessionRecord row = db.newRecord(SESSION);
        SessionMapper.copy(session, row);
        row.setVersion(session.version().value() + 1);
        row.setUpdatedAt(OffsetDateTime.now(clock));
        int updated = db.update(SESSION).set(row)
                .where(SESSION.ID.eq(session.id().value()))
                .and(SESSION.VERSION.eq(session.version().value()))
                .execute();
        if (updated == 0) {
            throw new ConcurrentModificationException("Session '" + session.title()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        db.deleteFrom(SESSION_CO_FACILITATOR).where(SESSION_CO_FACILITATOR.SESSION_ID.eq(session.id().value()))
                .execute();
        insertCoFacilitators(List.of(session));
    }

    /**
     * Three small queries instead of one wide one: the page's ids (joining a name table only when
     * sorting by it, so that the date, title and location sorts read an index), then those
     * sessions with their names, then their attendance counts.
     */
    @Override
    public List<SessionRow> list(SessionFilter filter, PageRequest page) {
        List<SortField<?>> order = Sorting.orderBy(page, SORTABLE, List.of(SESSION.SESSION_DATE.desc()),
                SESSION.ID.desc());
        Set<String> sortedBy = new HashSet<>();
        page.sort().forEach(sort -> sortedBy.add(sort.property()));
        Table<?> from = SESSION;
        if (sortedBy.contains(SortProperty.type.name())) {
            from = from.join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(SESSION.SESSION_TYPE_ID));
        }
        if (sortedBy.contains(SortProperty.facilitator.name())) {
            from = from.leftJoin(APP_USER).on(APP_USER.ID.eq(SESSION.FACILITATOR_ID));
        }
        if (sortedBy.contains(SortProperty.topic.name())) {
            from = from.leftJoin(TOPIC).on(TOPIC.ID.eq(SESSION.TOPIC_ID));
        }
        List<Long> ids = db.select(SESSION.ID).from(from)
                .where(matching(filter))
                .orderBy(order)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(SESSION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SessionRow> rows = new HashMap<>();
        Map<Long, Integer> attendance = attendanceCounts(ids);
        db.select(SESSION.ID, SESSION.TITLE, SESSION.SESSION_TYPE_ID, SESSION_TYPE.NAME, SESSION.SESSION_DATE,
                        SESSION.START_TIME, SESSION.LOCATION, SESSION.AREA, SESSION.FACILITATOR_ID,
                        APP_USER.DISPLAY_NAME, SESSION.EXTERNAL_FACILITATORS, TOPIC.NAME, SESSION.STATUS)
                .from(SESSION)
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(SESSION.SESSION_TYPE_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(SESSION.FACILITATOR_ID))
                .leftJoin(TOPIC).on(TOPIC.ID.eq(SESSION.TOPIC_ID))
                .where(SESSION.ID.in(ids))
                .forEach(row -> rows.put(row.get(SESSION.ID), new SessionRow(new SessionId(row.get(SESSION.ID)),
                        row.get(SESSION.TITLE), new SessionTypeId(row.get(SESSION.SESSION_TYPE_ID)),
                        row.get(SESSION_TYPE.NAME), row.get(SESSION.SESSION_DATE),
                        Optional.ofNullable(row.get(SESSION.START_TIME)), row.get(SESSION.LOCATION),
                        row.get(SESSION.AREA), Optional.ofNullable(row.get(SESSION.FACILITATOR_ID)).map(UserId::new),
                        Optional.ofNullable(row.get(APP_USER.DISPLAY_NAME)),
                        List.of(row.get(SESSION.EXTERNAL_FACILITATORS)), Optional.ofNullable(row.get(TOPIC.NAME)),
                        SessionStatus.valueOf(row.get(SESSION.STATUS)),
                        attendance.getOrDefault(row.get(SESSION.ID), 0))));
        return ids.stream().map(rows::get).toList();
    }

    @Override
    public int count(SessionFilter filter) {
        return db.fetchCount(SESSION, matching(filter));
    }

    private Map<Long, Integer> attendanceCounts(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Field<Integer> records = DSL.count();
        return db.select(ATTENDANCE.SESSION_ID, records)
                .from(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.in(sessionIds))
                .groupBy(ATTENDANCE.SESSION_ID)
                .fetchMap(ATTENDANCE.SESSION_ID, records);
    }

    private static Condition matching(SessionFilter filter) {
        Condition condition = noCondition();
        if (filter.type().isPresent()) {
            condition = condition.and(SESSION.SESSION_TYPE_ID.eq(filter.type().get().value()));
        }
        if (filter.from().isPresent()) {
            condition = condition.and(SESSION.SESSION_DATE.ge(filter.from().get()));
        }
        if (filter.to().isPresent()) {
            condition = condition.and(SESSION.SESSION_DATE.le(filter.to().get()));
        }
        if (!filter.locationContains().isEmpty()) {
            condition = condition.and(SESSION.LOCATION.containsIgnoreCase(filter.locationContains()));
        }
        if (filter.status().isPresent()) {
            condition = condition.and(SESSION.STATUS.eq(filter.status().get().name()));
        }
        if (filter.involving().isPresent()) {
            long user = filter.involving().get().value();
            // a union of two index lookups rather than an OR that no index can serve
            condition = condition.and(SESSION.ID.in(
                    select(SESSION.ID).from(SESSION).where(SESSION.FACILITATOR_ID.eq(user))
                            .union(select(SESSION_CO_FACILITATOR.SESSION_ID).from(SESSION_CO_FACILITATOR)
                                    .where(SESSION_CO_FACILITATOR.USER_ID.eq(user)))));
        }
        if (!filter.facilitatorContains().isEmpty()) {
            condition = condition.and(runByNameContaining(filter.facilitatorContains()));
        }
        return condition;
    }

    /** The facilitator, a co-facilitator or an external facilitator has a name containing {@code part}. */
    private static Condition runByNameContaining(String part) {
        AppUser facilitator = APP_USER.as("named_facilitator");
        AppUser coFacilitator = APP_USER.as("named_co_facilitator");
        Table<?> external = unnest(SESSION.EXTERNAL_FACILITATORS).as("named_external", "name");
        Field<String> externalName = field(name("named_external", "name"), String.class);
        return exists(selectOne().from(facilitator).where(facilitator.ID.eq(SESSION.FACILITATOR_ID))
                .and(facilitator.DISPLAY_NAME.containsIgnoreCase(part)))
                .or(exists(selectOne().from(SESSION_CO_FACILITATOR)
                        .join(coFacilitator).on(coFacilitator.ID.eq(SESSION_CO_FACILITATOR.USER_ID))
                        .where(SESSION_CO_FACILITATOR.SESSION_ID.eq(SESSION.ID))
                        .and(coFacilitator.DISPLAY_NAME.containsIgnoreCase(part))))
                .or(exists(selectOne().from(external).where(externalName.containsIgnoreCase(part))));
    }

    private Set<UserId> coFacilitators(long sessionId) {
        Set<UserId> users = new LinkedHashSet<>();
        db.select(SESSION_CO_FACILITATOR.USER_ID).from(SESSION_CO_FACILITATOR)
                .where(SESSION_CO_FACILITATOR.SESSION_ID.eq(sessionId))
                .orderBy(SESSION_CO_FACILITATOR.USER_ID)
                .forEach(row -> users.add(new UserId(row.value1())));
        return users;
    }

    private void insertCoFacilitators(List<Session> sessions) {
        InsertValuesStep2<SessionCoFacilitatorRecord, Long, Long> insert = db.insertInto(SESSION_CO_FACILITATOR,
                SESSION_CO_FACILITATOR.SESSION_ID, SESSION_CO_FACILITATOR.USER_ID);
        boolean any = false;
        for (Session session : sessions) {
            for (UserId user : session.coFacilitators()) {
                insert = insert.values(session.id().value(), user.value());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }
}
