package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.jooq.impl.DSL.min;
import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_CO_FACILITATOR;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;

/**
 * Rows that attendance refers to (users, sessions, registrants), inserted with plain jOOQ: their
 * features own those tables, and these tests must not depend on their code.
 */
final class AttendanceTestData {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private final DSLContext db;

    AttendanceTestData(DSLContext db) {
        this.db = db;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    UserId user(String displayName) {
        return new UserId(db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, unique("user"))
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, "not-a-hash")
                .set(APP_USER.ROLE, "STAFF")
                .set(APP_USER.CREATED_AT, NOW)
                .set(APP_USER.UPDATED_AT, NOW)
                .returning(APP_USER.ID).fetchSingle().getId());
    }

    /** A session of the first type; without a user facilitator ({@code null}) an external one runs it. */
    SessionId session(String title, String status, UserId facilitator, UserId... coFacilitators) {
        long typeId = db.select(min(SESSION_TYPE.ID)).from(SESSION_TYPE).fetchSingle().value1();
        long id = db.insertInto(SESSION)
                .set(SESSION.SESSION_TYPE_ID, typeId)
                .set(SESSION.TITLE, title)
                .set(SESSION.SESSION_DATE, LocalDate.of(2026, 3, 14))
                .set(SESSION.DURATION_HOURS, java.math.BigDecimal.valueOf(2))
                .set(SESSION.FACILITATOR_ID, facilitator == null ? null : facilitator.value())
                .set(SESSION.EXTERNAL_FACILITATORS, facilitator == null ? new String[] {"Partner Trainer"} : new String[0])
                .set(SESSION.STATUS, status)
                .set(SESSION.CANCEL_REASON, "CANCELLED".equals(status) ? "Typhoon warning" : null)
                .set(SESSION.CREATED_AT, NOW)
                .set(SESSION.UPDATED_AT, NOW)
                .returning(SESSION.ID).fetchSingle().getId();
        for (UserId co : coFacilitators) {
            db.insertInto(SESSION_CO_FACILITATOR).set(SESSION_CO_FACILITATOR.SESSION_ID, id)
                    .set(SESSION_CO_FACILITATOR.USER_ID, co.value()).execute();
        }
        return new SessionId(id);
    }

    RegistrantId registrant(String externalId, String name, String kind, RegistrantId group, String area,
                            boolean active) {
        return new RegistrantId(db.insertInto(REGISTRANT)
                .set(REGISTRANT.EXTERNAL_ID, externalId)
                .set(REGISTRANT.FULL_NAME, name)
                .set(REGISTRANT.KIND, kind)
                .set(REGISTRANT.GROUP_ID, group == null ? null : group.value())
                .set(REGISTRANT.AREA, area)
                .set(REGISTRANT.ACTIVE, active)
                .set(REGISTRANT.CREATED_AT, NOW)
                .set(REGISTRANT.UPDATED_AT, NOW)
                .returning(REGISTRANT.ID).fetchSingle().getId());
    }

    RegistrantId registrant() {
        String id = unique("R");
        return registrant(id, "Registrant " + id, "INDIVIDUAL", null, "", true);
    }
}
