package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceHistoryRecord;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceRecord;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.val;
import static org.jooq.impl.SQLDataType.BIGINT;
import static org.jooq.impl.SQLDataType.INTEGER;
import static org.jooq.impl.SQLDataType.VARCHAR;
import static org.jooq.impl.SQLDataType.TIMESTAMPWITHTIMEZONE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_HISTORY;

/**
 * Attendance records and their history in PostgreSQL.
 * <p>
 * {@link #store} sends any number of writes as ONE statement: the writes travel as arrays, and
 * data-modifying CTEs insert the new records, update the changed ones and delete the removed ones,
 * each only where the stored version is still the expected one (re-checked by PostgreSQL after
 * waiting for a concurrent writer of the same row), then append the history of exactly the writes
 * that were applied.
 */
public final class JooqAttendanceRepository implements AttendanceRepository {

    private static final String STORE = """
            with input as (
                select * from unnest(cast({1} as bigint[]), cast({2} as text[]), cast({3} as text[]), cast({4} as text[]),
                                     cast({5} as text[]), cast({6} as integer[]), cast({7} as bigint[]),
                                     cast({8} as timestamptz[]))
                    as i(registrant_id, kind, old_status, new_status, reason, expected_version, changed_by, changed_at)
            ),
            inserted as (
                insert into attendance (session_id, registrant_id, status, reason, recorded_by, recorded_at, version)
                select cast({0} as bigint), i.registrant_id, i.new_status, i.reason, i.changed_by, i.changed_at, 0
                from input i where i.kind = 'ADD'
                on conflict (session_id, registrant_id) do nothing
                returning registrant_id
            ),
            updated as (
                update attendance a
                set status = i.new_status, reason = i.reason, recorded_by = i.changed_by,
                    recorded_at = i.changed_at, version = a.version + 1
                from input i
                where i.kind = 'CHANGE' and a.session_id = cast({0} as bigint) and a.registrant_id = i.registrant_id
                  and a.version = i.expected_version
                returning a.registrant_id
            ),
            deleted as (
                delete from attendance a
                using input i
                where i.kind = 'REMOVE' and a.session_id = cast({0} as bigint) and a.registrant_id = i.registrant_id
                  and a.version = i.expected_version
                returning a.registrant_id
            ),
            applied as (
                select registrant_id from inserted
                union all select registrant_id from updated
                union all select registrant_id from deleted
            ),
            history as (
                insert into attendance_history (session_id, registrant_id, old_status, new_status, reason,
                                                changed_by, changed_at)
                select cast({0} as bigint), i.registrant_id, i.old_status, i.new_status, i.reason, i.changed_by, i.changed_at
                from input i join applied using (registrant_id)
            )
            select registrant_id from applied
            """;

    private final DSLContext db;

    public JooqAttendanceRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<org.sessiontracking.domain.attendance.AttendanceRecord> findBySession(SessionId session) {
        return db.selectFrom(ATTENDANCE)
                .where(ATTENDANCE.SESSION_ID.eq(session.value()))
                .fetch(JooqAttendanceRepository::toDomain);
    }

    @Override
    public Set<RegistrantId> store(SessionId session, List<AttendanceSheet.Write> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        int n = writes.size();
        Long[] registrants = new Long[n];
        String[] kinds = new String[n];
        String[] oldStatuses = new String[n];
        String[] newStatuses = new String[n];
        String[] reasons = new String[n];
        Integer[] expected = new Integer[n];
        Long[] changedBy = new Long[n];
        OffsetDateTime[] changedAt = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            AttendanceSheet.Write write = writes.get(i);
            AttendanceChange change = write.change();
            registrants[i] = write.registrant().value();
            kinds[i] = write.expected().isEmpty() ? "ADD" : change.isRemoval() ? "REMOVE" : "CHANGE";
            oldStatuses[i] = change.oldStatus().map(Enum::name).orElse(null);
            newStatuses[i] = change.newStatus().map(Enum::name).orElse(null);
            reasons[i] = change.reason();
            expected[i] = write.expected().map(Version::value).orElse(null);
            changedBy[i] = change.changedBy().value();
            changedAt[i] = change.changedAt().atOffset(ZoneOffset.UTC);
        }
        return db.resultQuery(STORE, val(session.value()),
                        val(registrants, BIGINT.array()), val(kinds, VARCHAR.array()),
                        val(oldStatuses, VARCHAR.array()), val(newStatuses, VARCHAR.array()),
                        val(reasons, VARCHAR.array()), val(expected, INTEGER.array()),
                        val(changedBy, BIGINT.array()), val(changedAt, TIMESTAMPWITHTIMEZONE.array()))
                .fetch()
                .stream()
                .map(row -> new RegistrantId(((Number) row.get(0)).longValue()))
                .collect(Collectors.toSet());
    }

    @Override
    public List<AttendanceChange> historyOf(SessionId session) {
        return db.selectFrom(ATTENDANCE_HISTORY)
                .where(ATTENDANCE_HISTORY.SESSION_ID.eq(session.value()))
                .orderBy(ATTENDANCE_HISTORY.CHANGED_AT, ATTENDANCE_HISTORY.ID)
                .fetch(JooqAttendanceRepository::toDomain);
    }

    @Override
    public List<AttendanceChange> historyOf(SessionId session, RegistrantId registrant) {
        return db.selectFrom(ATTENDANCE_HISTORY)
                .where(ATTENDANCE_HISTORY.SESSION_ID.eq(session.value()))
                .and(ATTENDANCE_HISTORY.REGISTRANT_ID.eq(registrant.value()))
                .orderBy(ATTENDANCE_HISTORY.CHANGED_AT, ATTENDANCE_HISTORY.ID)
                .fetch(JooqAttendanceRepository::toDomain);
    }

    private static org.sessiontracking.domain.attendance.AttendanceRecord toDomain(AttendanceRecord row) {
        return new org.sessiontracking.domain.attendance.AttendanceRecord(new SessionId(row.getSessionId()),
                new RegistrantId(row.getRegistrantId()), AttendanceStatus.valueOf(row.getStatus()), row.getReason(),
                new UserId(row.getRecordedBy()), row.getRecordedAt().toInstant(), new Version(row.getVersion()));
    }

    private static AttendanceChange toDomain(AttendanceHistoryRecord row) {
        return new AttendanceChange(new SessionId(row.getSessionId()), new RegistrantId(row.getRegistrantId()),
                Optional.ofNullable(row.getOldStatus()).map(AttendanceStatus::valueOf),
                Optional.ofNullable(row.getNewStatus()).map(AttendanceStatus::valueOf), row.getReason(),
                new UserId(row.getChangedBy()), row.getChangedAt().toInstant());
    }

}
