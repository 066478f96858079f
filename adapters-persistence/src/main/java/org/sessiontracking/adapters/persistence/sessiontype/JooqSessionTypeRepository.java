package org.sessiontracking.adapters.persistence.sessiontype;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep5;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.sessiontracking.adapters.persistence.common.DatabaseErrors;
import org.sessiontracking.adapters.persistence.common.Sequences;
import org.sessiontracking.adapters.persistence.common.Sorting;
import org.sessiontracking.adapters.persistence.jooq.tables.records.SessionTypeRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.TopicRecord;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.trueCondition;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.TOPIC;

/** Session types and their topics in PostgreSQL. */
public final class JooqSessionTypeRepository implements SessionTypeRepository {

    private static final Field<Integer> ACTIVE_TOPIC_COUNT = field(selectCount().from(TOPIC)
            .where(TOPIC.SESSION_TYPE_ID.eq(SESSION_TYPE.ID).and(TOPIC.ACTIVE)));

    private static final Map<String, Field<?>> SORTABLE = Map.of(
            SessionTypeFilter.SortProperty.name.name(), lower(SESSION_TYPE.NAME),
            SessionTypeFilter.SortProperty.frequency.name(), SESSION_TYPE.FREQUENCY,
            SessionTypeFilter.SortProperty.durationHours.name(), SESSION_TYPE.DURATION_HOURS,
            SessionTypeFilter.SortProperty.requiredAttendance.name(), SESSION_TYPE.REQUIRED_ATTENDANCE,
            SessionTypeFilter.SortProperty.topicTracking.name(), SESSION_TYPE.TOPIC_TRACKING,
            SessionTypeFilter.SortProperty.topicCount.name(), ACTIVE_TOPIC_COUNT,
            SessionTypeFilter.SortProperty.active.name(), SESSION_TYPE.ACTIVE);

    private final DSLContext db;
    private final Clock clock;

    public JooqSessionTypeRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public SessionTypeId nextId() {
        return new SessionTypeId(Sequences.nextId(db, SESSION_TYPE));
    }

    @Override
    public TopicId nextTopicId() {
        return new TopicId(Sequences.nextId(db, TOPIC));
    }

    @Override
    public Optional<SessionType> findById(SessionTypeId id) {
        return findOne(SESSION_TYPE.ID.eq(id.value()));
    }

    @Override
    public Optional<SessionType> findByName(String name) {
        return findOne(lower(SESSION_TYPE.NAME).eq(lower(name.strip())));
    }

    @Override
    public Optional<SessionType> findByCode(String code) {
        return findOne(lower(SESSION_TYPE.CODE).eq(lower(code.strip())));
    }

    @Override
    public void add(SessionType type) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        SessionTypeRecord row = db.newRecord(SESSION_TYPE);
        row.setId(type.id().value());
        SessionTypeMapper.copySettings(type, row);
        row.setVersion(0);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        translatingDuplicates(() -> {
            row.insert();
            saveTopics(type);
            return null;
        });
    }

    @Override
    public void update(SessionType type) {
        SessionTypeRecord row = db.newRecord(SESSION_TYPE);
        SessionTypeMapper.copySettings(type, row);
        row.setVersion(type.version().value() + 1);
        row.setUpdatedAt(OffsetDateTime.now(clock));
        int updated = translatingDuplicates(() -> db.update(SESSION_TYPE)
                .set(row)
                .where(SESSION_TYPE.ID.eq(type.id().value()))
                .and(SESSION_TYPE.VERSION.eq(type.version().value()))
                .execute());
        if (updated == 0) {
            throw new ConcurrentModificationException("Session type '" + type.name()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        translatingDuplicates(() -> {
            saveTopics(type);
            return null;
        });
    }

    @Override
    public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
        List<SessionTypeRecord> rows = db.selectFrom(SESSION_TYPE)
                .where(matching(filter))
                .orderBy(Sorting.orderBy(page, SORTABLE, List.of(lower(SESSION_TYPE.NAME).asc()), SESSION_TYPE.ID.asc()))
                .offset(page.offset())
                .limit(page.limit())
                .fetch();
        Map<Long, Result<TopicRecord>> topics = db.selectFrom(TOPIC)
                .where(TOPIC.SESSION_TYPE_ID.in(rows.stream().map(SessionTypeRecord::getId).toList()))
                .orderBy(TOPIC.POSITION)
                .fetchGroups(TOPIC.SESSION_TYPE_ID);
        return rows.stream()
                .map(row -> SessionTypeMapper.toDomain(row, topics.containsKey(row.getId()) ? topics.get(row.getId()) : List.of()))
                .toList();
    }

    @Override
    public int count(SessionTypeFilter filter) {
        return db.fetchCount(SESSION_TYPE, matching(filter));
    }

    private Optional<SessionType> findOne(Condition condition) {
        return db.selectFrom(SESSION_TYPE).where(condition).fetchOptional()
                .map(row -> SessionTypeMapper.toDomain(row, db.selectFrom(TOPIC)
                        .where(TOPIC.SESSION_TYPE_ID.eq(row.getId()))
                        .orderBy(TOPIC.POSITION)
                        .fetch()));
    }

    private static Condition matching(SessionTypeFilter filter) {
        Condition text = filter.nameContains().isEmpty() ? noCondition()
                : SESSION_TYPE.NAME.containsIgnoreCase(filter.nameContains())
                .or(SESSION_TYPE.CODE.containsIgnoreCase(filter.nameContains()));
        return text.and(filter.includeRetired() ? trueCondition() : SESSION_TYPE.ACTIVE);
    }

    /** Topics are never deleted: each one is inserted or updated in place, in one statement. */
    private void saveTopics(SessionType type) {
        List<Topic> topics = type.topics();
        if (topics.isEmpty()) {
            return;
        }
        InsertValuesStep5<TopicRecord, Long, Long, String, Integer, Boolean> insert = db
                .insertInto(TOPIC, TOPIC.ID, TOPIC.SESSION_TYPE_ID, TOPIC.NAME, TOPIC.POSITION, TOPIC.ACTIVE);
        for (int position = 0; position < topics.size(); position++) {
            Topic topic = topics.get(position);
            insert = insert.values(topic.id().value(), type.id().value(), topic.name(), position, topic.active());
        }
        insert.onConflict(TOPIC.ID)
                .doUpdate()
                .set(TOPIC.NAME, excluded(TOPIC.NAME))
                .set(TOPIC.POSITION, excluded(TOPIC.POSITION))
                .set(TOPIC.ACTIVE, excluded(TOPIC.ACTIVE))
                .execute();
    }

    private static <T> T translatingDuplicates(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException error) {
            Optional<String> constraint = DatabaseErrors.violatedUniqueConstraint(error);
            if (constraint.isEmpty()) {
                throw error;
            }
            throw switch (constraint.get()) {
                case "session_type_name_uk" -> new DuplicateException("name", "A session type with this name already exists");
                case "session_type_code_uk" -> new DuplicateException("code", "A session type with this code already exists");
                case "session_type_name_is_code_uk" -> new DuplicateException("name",
                        "This name is another session type's code: a name must differ from every other type's code");
                case "session_type_code_is_name_uk" -> new DuplicateException("code",
                        "This code is another session type's name: a code must differ from every other type's name");
                case "topic_name_uk" -> new DuplicateException("topics", "Two topics of this type would have the same name");
                default -> error;
            };
        }
    }
}
