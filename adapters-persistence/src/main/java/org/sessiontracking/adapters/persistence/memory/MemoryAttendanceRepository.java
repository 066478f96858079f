package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Attendance records and their append-only history, in the store. */
final class MemoryAttendanceRepository implements AttendanceRepository {

    private final MemoryStore store;

    MemoryAttendanceRepository(MemoryStore store) {
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

}
