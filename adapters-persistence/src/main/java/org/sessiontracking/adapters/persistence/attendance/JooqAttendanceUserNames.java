package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.domain.user.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import static org.sessiontracking.adapters.persistence.jooq.Tables.APP_USER;

/** The display names of the users who recorded attendance. */
public final class JooqAttendanceUserNames implements AttendanceUserNames {

    private final DSLContext db;

    public JooqAttendanceUserNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public Map<UserId, String> namesOf(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ID.in(users.stream().map(UserId::value).collect(Collectors.toSet())))
                .fetchMap(row -> new UserId(row.value1()), row -> row.value2());
    }
}
