package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attendance records and their append-only history in the store, and what recording reads of sessions
 * (status, facilitators, the type's policy) and of users (names), straight from their tables.
 */
final class MemoryAttendance implements AttendanceRepository, AttendanceSessions, AttendanceUserNames {

    private final MemoryStore store;

    MemoryAttendance(MemoryStore store) {
        this.store = store;
    }

    @Override
    public List<AttendanceRecord> findBySession(SessionId session) {
        return store.atomically(() -> store.attendance.all().stream()
                .filter(record -> record.session().equals(session)).toList());
    }

    @Override
    public Set<RegistrantId> store(SessionId session, List<AttendanceSheet.Write> writes) {
        return store.atomically(() -> {
            requireKnown(store.sessions.contains(session), "session " + session.value());
            Set<RegistrantId> applied = new HashSet<>();
            for (AttendanceSheet.Write write : writes) {
                requireKnown(store.registrants.contains(write.registrant()),
                        "registrant " + write.registrant().value());
                MemoryStore.AttendanceKey key = new MemoryStore.AttendanceKey(session, write.registrant());
                AttendanceChange change = write.change();
                Optional<Version> current = store.attendance.get(key).map(AttendanceRecord::version);
                if (!current.equals(write.expected())) {
                    continue;
                }
                if (change.newStatus().isEmpty()) {
                    store.attendance.remove(key);
                } else {
                    Version next = write.expected().map(Version::next).orElse(Version.NEW);
                    store.attendance.put(key, new AttendanceRecord(session, write.registrant(),
                            change.newStatus().get(), change.reason(), change.changedBy(),
                            change.changedAt(), next));
                }
                store.appendHistory(change);
                applied.add(write.registrant());
            }
            return applied;
        });
    }

    private static void requireKnown(boolean known, String what) {
        if (!known) {
            throw new IllegalStateException(what + " is not stored (foreign key)");
        }
    }

    @Override
    public List<AttendanceChange> historyOf(SessionId session) {
        return store.atomically(() -> store.history().stream().filter(change -> change.session().equals(session))
                .toList());
    }

    @Override
    public List<AttendanceChange> historyOf(SessionId session, RegistrantId registrant) {
        return store.atomically(() -> store.history().stream()
                .filter(change -> change.session().equals(session) && change.registrant().equals(registrant))
                .toList());
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

    @Override
    public Map<UserId, String> namesOf(Collection<UserId> users) {
        return store.atomically(() -> {
            Map<UserId, String> names = new HashMap<>();
            users.forEach(user -> store.users.get(user).map(User::displayName).ifPresent(name -> names.put(user, name)));
            return names;
        });
    }
}
