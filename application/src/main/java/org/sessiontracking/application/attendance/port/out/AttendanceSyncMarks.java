package org.sessiontracking.application.attendance.port.out;

import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Remembers which offline marks (by the id their app gave them) were applied to a session, so that a retry is idempotent. */
public interface AttendanceSyncMarks {

    /** Of these client mark ids, those already applied to the session. */
    Set<String> applied(SessionId session, Collection<String> clientMarkIds);

    /** Notes the marks as applied; one already noted stays as it was. */
    void recordApplied(SessionId session, List<AppliedMark> marks);

    record AppliedMark(String clientMarkId, RegistrantId registrant, UserId appliedBy, Instant appliedAt) {
    }
}
