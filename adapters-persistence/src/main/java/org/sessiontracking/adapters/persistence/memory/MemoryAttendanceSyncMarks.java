package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.session.SessionId;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The offline marks already applied, per session and client mark id, in the store's sync marks table. */
final class MemoryAttendanceSyncMarks implements AttendanceSyncMarks {

    private final MemoryStore store;

    MemoryAttendanceSyncMarks(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Set<String> applied(SessionId session, Collection<String> clientMarkIds) {
        return store.atomically(() -> clientMarkIds.stream()
                .filter(id -> store.syncMarks.contains(new MemoryStore.SyncMarkKey(session, id)))
                .collect(Collectors.toSet()));
    }

    /** The first note of a mark is kept (as the database's insert ... on conflict do nothing). */
    @Override
    public void recordApplied(SessionId session, List<AppliedMark> marks) {
        store.atomically(() -> {
            for (AppliedMark mark : marks) {
                MemoryStore.SyncMarkKey key = new MemoryStore.SyncMarkKey(session, mark.clientMarkId());
                if (!store.syncMarks.contains(key)) {
                    store.syncMarks.put(key, mark);
                }
            }
            return null;
        });
    }
}
