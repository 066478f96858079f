package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;

import java.util.Optional;

/** What attendance recording reads of a session (status, facilitators, its type's policy), from the store. */
final class MemoryAttendanceSessions implements AttendanceSessions {

    private final MemoryStore store;

    MemoryAttendanceSessions(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<AttendanceSession> find(SessionId id) {
        return store.atomically(() -> store.sessions.get(id).map(this::attendanceSession));
    }

    private AttendanceSession attendanceSession(Session session) {
        CompliancePolicy policy = CompliancePolicy.of(store.types.get(session.typeId()).orElseThrow());
        return new AttendanceSession(session.id(), session.typeId(), session.title(), phase(session),
                session.facilitator(), session.coFacilitators(), policy);
    }

    private static SessionPhase phase(Session session) {
        return switch (session.status()) {
            case SCHEDULED, IN_PROGRESS -> SessionPhase.OPEN;
            case COMPLETED -> SessionPhase.COMPLETED;
            case CANCELLED -> SessionPhase.CANCELLED;
        };
    }

}
