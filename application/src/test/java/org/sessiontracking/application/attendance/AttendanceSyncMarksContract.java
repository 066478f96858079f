package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks.AppliedMark;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AttendanceSyncMarks} must do; run against the fake and the jOOQ adapter. */
public abstract class AttendanceSyncMarksContract {

    protected abstract AttendanceSyncMarks marks();

    /** Two sessions, a registrant and a user that exist. */
    protected abstract SessionId session();

    protected abstract SessionId otherSession();

    protected abstract RegistrantId registrant();

    protected abstract UserId user();

    private static final Instant AT = Instant.parse("2026-03-14T08:00:00Z");

    @Test
    void remembersAppliedMarksPerSessionAndKeepsTheFirstNote() {
        assertThat(marks().applied(session(), List.of("a", "b"))).isEmpty();

        marks().recordApplied(session(), List.of(new AppliedMark("a", registrant(), user(), AT),
                new AppliedMark("b", registrant(), user(), AT)));
        marks().recordApplied(session(), List.of(new AppliedMark("a", registrant(), user(), AT.plusSeconds(5))));

        assertThat(marks().applied(session(), List.of("a", "b", "c"))).containsExactlyInAnyOrder("a", "b");
        assertThat(marks().applied(otherSession(), List.of("a", "b"))).isEmpty();
        assertThat(marks().applied(session(), List.of())).isEmpty();
        marks().recordApplied(session(), List.of());
    }
}
