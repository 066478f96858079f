package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** User names for attendance tests. */
public final class InMemoryAttendanceUserNames implements AttendanceUserNames {

    private final Map<UserId, String> names = new HashMap<>();

    public InMemoryAttendanceUserNames with(Actor actor) {
        names.put(actor.id(), actor.displayName());
        return this;
    }

    @Override
    public Map<UserId, String> namesOf(Collection<UserId> users) {
        Map<UserId, String> found = new HashMap<>();
        users.forEach(user -> {
            if (names.containsKey(user)) {
                found.put(user, names.get(user));
            }
        });
        return found;
    }
}
