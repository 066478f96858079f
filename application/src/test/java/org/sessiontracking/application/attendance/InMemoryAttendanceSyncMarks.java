package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.session.SessionId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The applied offline marks in a map, for use-case tests. */
public final class InMemoryAttendanceSyncMarks implements AttendanceSyncMarks {

    private record Key(SessionId session, String clientMarkId) {
    }

    private final Map<Key, AppliedMark> applied = new HashMap<>();

    @Override
    public Set<String> applied(SessionId session, Collection<String> clientMarkIds) {
        return clientMarkIds.stream().filter(id -> applied.containsKey(new Key(session, id))).collect(Collectors.toSet());
    }

    @Override
    public void recordApplied(SessionId session, List<AppliedMark> marks) {
        marks.forEach(mark -> applied.putIfAbsent(new Key(session, mark.clientMarkId()), mark));
    }

    public int size() {
        return applied.size();
    }
}
