package org.sessiontracking.adapters.persistence.session;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.adapters.persistence.user.JooqUserRepository;
import org.sessiontracking.application.session.SessionRepositoryContract;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.SessionId;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;

class JooqSessionRepositoryTest extends SessionRepositoryContract {

    private final DSLContext db = TestDatabase.dsl();
    private final JooqSessionRepository repository = new JooqSessionRepository(db, Clock.systemUTC());
    private final JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, Clock.systemUTC());
    private final JooqUserRepository users = new JooqUserRepository(db, Clock.systemUTC());
    private final JooqSessionAttendanceCount attendanceCount = new JooqSessionAttendanceCount(db);

    @Override
    protected SessionRepository repository() {
        return repository;
    }

    @Override
    protected SessionTypeRepository types() {
        return types;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    /** Inserts registrants and their attendance rows directly: the attendance feature owns those tables. */
    @Override
    protected void recordAttendance(SessionId session, int records) {
        long recorder = db.select(APP_USER.ID).from(APP_USER).limit(1).fetchSingle().value1();
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < records; i++) {
            long registrant = db.insertInto(REGISTRANT)
                    .set(REGISTRANT.EXTERNAL_ID, "SES-" + UUID.randomUUID())
                    .set(REGISTRANT.FULL_NAME, "Registrant " + i)
                    .set(REGISTRANT.KIND, "INDIVIDUAL")
                    .set(REGISTRANT.CREATED_AT, now)
                    .set(REGISTRANT.UPDATED_AT, now)
                    .returning(REGISTRANT.ID).fetchSingle().getId();
            db.insertInto(ATTENDANCE)
                    .set(ATTENDANCE.SESSION_ID, session.value())
                    .set(ATTENDANCE.REGISTRANT_ID, registrant)
                    .set(ATTENDANCE.STATUS, i % 2 == 0 ? "PRESENT" : "ABSENT")
                    .set(ATTENDANCE.RECORDED_BY, recorder)
                    .set(ATTENDANCE.RECORDED_AT, now)
                    .execute();
        }
        assertThat(attendanceCount.countFor(session)).isEqualTo(records);
    }
}
