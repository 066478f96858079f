package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.sessiontracking.adapters.persistence.jooq.tables.records.AttendanceSyncMarkRecord;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.domain.session.SessionId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_SYNC_MARK;

/** The applied offline marks in PostgreSQL (V10), one statement to look a batch up and one to note it. */
public final class JooqAttendanceSyncMarks implements AttendanceSyncMarks {

    private final DSLContext db;

    public JooqAttendanceSyncMarks(DSLContext db) {
        this.db = db;
    }

    @Override
    public Set<String> applied(SessionId session, Collection<String> clientMarkIds) {
        if (clientMarkIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.select(ATTENDANCE_SYNC_MARK.CLIENT_MARK_ID).from(ATTENDANCE_SYNC_MARK)
                .where(ATTENDANCE_SYNC_MARK.SESSION_ID.eq(session.value()))
                .and(ATTENDANCE_SYNC_MARK.CLIENT_MARK_ID.in(clientMarkIds))
                .fetch(ATTENDANCE_SYNC_MARK.CLIENT_MARK_ID));
    }

    @Override
    public void recordApplied(SessionId session, List<AppliedMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        InsertValuesStep5<AttendanceSyncMarkRecord, Long, String, Long, Long, OffsetDateTime> insert = db
                .insertInto(ATTENDANCE_SYNC_MARK, ATTENDANCE_SYNC_MARK.SESSION_ID, ATTENDANCE_SYNC_MARK.CLIENT_MARK_ID,
                        ATTENDANCE_SYNC_MARK.REGISTRANT_ID, ATTENDANCE_SYNC_MARK.APPLIED_BY, ATTENDANCE_SYNC_MARK.APPLIED_AT);
        for (AppliedMark mark : marks) {
            insert = insert.values(session.value(), mark.clientMarkId(), mark.registrant().value(),
                    mark.appliedBy().value(), mark.appliedAt().atOffset(ZoneOffset.UTC));
        }
        insert.onConflictDoNothing().execute();
    }
}
