package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.util.HashSet;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_CO_FACILITATOR;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;

/**
 * Reads what attendance needs of a session straight from the sessions tables (owned by the sessions
 * feature), with its type's compliance policy.
 */
public final class JooqAttendanceSessions implements AttendanceSessions {

    private final DSLContext db;

    public JooqAttendanceSessions(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<AttendanceSession> find(SessionId id) {
        return db.select(SESSION.SESSION_TYPE_ID, SESSION.TITLE, SESSION.STATUS, SESSION.FACILITATOR_ID,
                        SESSION_TYPE.REQUIRED_ATTENDANCE, SESSION_TYPE.EXCUSED_POLICY)
                .from(SESSION)
                .join(SESSION_TYPE).on(SESSION_TYPE.ID.eq(SESSION.SESSION_TYPE_ID))
                .where(SESSION.ID.eq(id.value()))
                .fetchOptional()
                .map(row -> new AttendanceSession(id, new SessionTypeId(row.value1()), row.value2(),
                        phase(row.value3()), Optional.ofNullable(row.value4()).map(UserId::new),
                        new HashSet<>(db.select(SESSION_CO_FACILITATOR.USER_ID)
                                .from(SESSION_CO_FACILITATOR)
                                .where(SESSION_CO_FACILITATOR.SESSION_ID.eq(id.value()))
                                .fetch(user -> new UserId(user.value1()))),
                        new CompliancePolicy(row.value5(), ExcusedPolicy.valueOf(row.value6()))));
    }

    static SessionPhase phase(String status) {
        return switch (status) {
            case "SCHEDULED", "IN_PROGRESS" -> SessionPhase.OPEN;
            case "COMPLETED" -> SessionPhase.COMPLETED;
            case "CANCELLED" -> SessionPhase.CANCELLED;
            default -> throw new IllegalStateException("unknown session status " + status);
        };
    }
}
