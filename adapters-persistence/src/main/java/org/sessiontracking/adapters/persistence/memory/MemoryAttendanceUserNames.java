package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The display names of the users who recorded attendance, from the store's users. */
final class MemoryAttendanceUserNames implements AttendanceUserNames {

    private final MemoryStore store;

    MemoryAttendanceUserNames(MemoryStore store) {
        this.store = store;
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
