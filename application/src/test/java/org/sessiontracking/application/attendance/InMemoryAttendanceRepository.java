package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A faithful in-memory {@link AttendanceRepository}: kept honest by {@link AttendanceRepositoryContract}. */
public final class InMemoryAttendanceRepository implements AttendanceRepository {

    private final Map<SessionId, Map<RegistrantId, AttendanceRecord>> records = new LinkedHashMap<>();
    private final List<AttendanceChange> history = new ArrayList<>();

    @Override
    public synchronized List<AttendanceRecord> findBySession(SessionId session) {
        return List.copyOf(records.getOrDefault(session, Map.of()).values());
    }

    @Override
    public synchronized Set<RegistrantId> store(SessionId session, List<AttendanceSheet.Write> writes) {
        Map<RegistrantId, AttendanceRecord> stored = records.computeIfAbsent(session, id -> new LinkedHashMap<>());
        Set<RegistrantId> applied = new HashSet<>();
        for (AttendanceSheet.Write write : writes) {
            AttendanceChange change = write.change();
            Optional<Version> current = Optional.ofNullable(stored.get(write.registrant())).map(AttendanceRecord::version);
            if (!current.equals(write.expected())) {
                continue;
            }
            if (change.newStatus().isEmpty()) {
                stored.remove(write.registrant());
            } else {
                Version next = write.expected().map(Version::next).orElse(Version.NEW);
                stored.put(write.registrant(), new AttendanceRecord(session, write.registrant(),
                        change.newStatus().get(), change.reason(), change.changedBy(), change.changedAt(), next));
            }
            history.add(change);
            applied.add(write.registrant());
        }
        return applied;
    }

    @Override
    public synchronized List<AttendanceChange> historyOf(SessionId session) {
        return history.stream().filter(change -> change.session().equals(session)).toList();
    }

    @Override
    public synchronized List<AttendanceChange> historyOf(SessionId session, RegistrantId registrant) {
        return history.stream()
                .filter(change -> change.session().equals(session) && change.registrant().equals(registrant))
                .toList();
    }
}
