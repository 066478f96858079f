package org.sessiontracking.adapters.persistence.demo;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStep7;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceHistoryRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_HISTORY;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.TOPIC;

/**
 * Loads the {@link DemoData demo data set} into PostgreSQL: plain inserts into the tables of the
 * registrant, session and attendance features, everything in one transaction.
 */
public final class DemoDataLoader implements DemoData.Loader {

    private final DSLContext db;
    private final Clock clock;

    public DemoDataLoader(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public DemoData.Result load(String demoPasswordHash) {
        return db.transactionResult(configuration ->
                DemoData.load(new Tables(configuration.dsl(), OffsetDateTime.now(clock)), clock, demoPasswordHash));
    }

    /** The demo data's rows as jOOQ inserts. */
    private record Tables(DSLContext tx, OffsetDateTime now) implements DemoData.Target {

        @Override
        public boolean hasDemoRegistrants() {
            return tx.fetchExists(REGISTRANT, REGISTRANT.EXTERNAL_ID.startsWith("DEMO-"));
        }

        @Override
        public DemoData.TypeRef type(String code) {
            var type = tx.selectFrom(SESSION_TYPE).where(SESSION_TYPE.CODE.equalIgnoreCase(code)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("The demo data needs the pre-configured session type "
                            + "with code " + code + ", which no longer exists"));
            var topics = tx.select(TOPIC.ID, TOPIC.NAME).from(TOPIC)
                    .where(TOPIC.SESSION_TYPE_ID.eq(type.getId()).and(TOPIC.ACTIVE))
                    .orderBy(TOPIC.POSITION).fetch();
            return new DemoData.TypeRef(type.getId(), type.getCode(), type.getDurationHours(),
                    type.getTopicTracking() ? topics.map(topic -> topic.value1()) : List.of(),
                    type.getTopicTracking() ? topics.map(topic -> topic.value2()) : List.of());
        }

        @Override
        public long user(String username, String displayName, String role, String passwordHash, boolean[] created) {
            Long existing = tx.select(APP_USER.ID).from(APP_USER)
                    .where(APP_USER.USERNAME.equalIgnoreCase(username)).fetchOne(APP_USER.ID);
            if (existing != null) {
                return existing;
            }
            created[0] = true;
            return tx.insertInto(APP_USER)
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.DISPLAY_NAME, displayName)
                    .set(APP_USER.PASSWORD_HASH, passwordHash)
                    .set(APP_USER.ROLE, role)
                    .set(APP_USER.CREATED_AT, now)
                    .set(APP_USER.UPDATED_AT, now)
                    .returning(APP_USER.ID).fetchSingle().getId();
        }

        @Override
        public long registrant(String externalId, String name, String kind, Long group, String area, String sex,
                               LocalDate birthDate) {
            return tx.insertInto(REGISTRANT)
                    .set(REGISTRANT.EXTERNAL_ID, externalId)
                    .set(REGISTRANT.FULL_NAME, name)
                    .set(REGISTRANT.KIND, kind)
                    .set(REGISTRANT.GROUP_ID, group)
                    .set(REGISTRANT.AREA, area)
                    .set(REGISTRANT.SEX, sex)
                    .set(REGISTRANT.BIRTH_DATE, birthDate)
                    .set(REGISTRANT.CREATED_AT, now)
                    .set(REGISTRANT.UPDATED_AT, now)
                    .returning(REGISTRANT.ID).fetchSingle().getId();
        }

        @Override
        public long session(DemoData.NewSession session) {
            return tx.insertInto(SESSION)
                    .set(SESSION.SESSION_TYPE_ID, session.type())
                    .set(SESSION.TITLE, session.title())
                    .set(SESSION.SESSION_DATE, session.date())
                    .set(SESSION.START_TIME, session.start())
                    .set(SESSION.END_TIME, session.end())
                    .set(SESSION.DURATION_HOURS, session.durationHours())
                    .set(SESSION.LOCATION, session.location())
                    .set(SESSION.AREA, session.area())
                    .set(SESSION.FACILITATOR_ID, session.facilitator())
                    .set(SESSION.TOPIC_ID, session.topic().orElse(null))
                    .set(SESSION.NOTES, session.notes())
                    .set(SESSION.STATUS, session.status())
                    .set(SESSION.CANCEL_REASON, session.cancelReason().orElse(null))
                    .set(SESSION.CREATED_AT, now)
                    .set(SESSION.UPDATED_AT, now)
                    .returning(SESSION.ID).fetchSingle().getId();
        }

        @Override
        public void attendance(long session, long recordedBy, LocalDate date, List<DemoData.NewRecord> records) {
            OffsetDateTime recordedAt = date.atTime(17, 0).atOffset(ZoneOffset.UTC);
            InsertValuesStep6<AttendanceRecord, Long, Long, String, String, Long, OffsetDateTime> rows = tx
                    .insertInto(ATTENDANCE, ATTENDANCE.SESSION_ID, ATTENDANCE.REGISTRANT_ID, ATTENDANCE.STATUS,
                            ATTENDANCE.REASON, ATTENDANCE.RECORDED_BY, ATTENDANCE.RECORDED_AT);
            InsertValuesStep7<AttendanceHistoryRecord, Long, Long, String, String, String, Long, OffsetDateTime> history = tx
                    .insertInto(ATTENDANCE_HISTORY, ATTENDANCE_HISTORY.SESSION_ID, ATTENDANCE_HISTORY.REGISTRANT_ID,
                            ATTENDANCE_HISTORY.OLD_STATUS, ATTENDANCE_HISTORY.NEW_STATUS, ATTENDANCE_HISTORY.REASON,
                            ATTENDANCE_HISTORY.CHANGED_BY, ATTENDANCE_HISTORY.CHANGED_AT);
            for (DemoData.NewRecord record : records) {
                rows = rows.values(session, record.registrant(), record.status(), record.reason(), recordedBy,
                        recordedAt);
                history = history.values(session, record.registrant(), null, record.status(), record.reason(),
                        recordedBy, recordedAt);
            }
            rows.execute();
            history.execute();
        }

        @Override
        public GraduationPathwayRepository pathways() {
            return new JooqGraduationPathwayRepository(tx);
        }
    }
}
