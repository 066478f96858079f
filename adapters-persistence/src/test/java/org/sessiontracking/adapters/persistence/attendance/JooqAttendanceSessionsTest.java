package org.sessiontracking.adapters.persistence.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.user.UserId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION_TYPE;

class JooqAttendanceSessionsTest {

    private final AttendanceTestData data = new AttendanceTestData(TestDatabase.dsl());
    private final JooqAttendanceSessions sessions = new JooqAttendanceSessions(TestDatabase.dsl());
    private final JooqAttendanceUserNames names = new JooqAttendanceUserNames(TestDatabase.dsl());

    @Test
    void readsTitleFacilitatorsAndPhaseOfASession() {
        UserId facilitator = data.user("Field Officer");
        UserId co = data.user("Co Officer");
        SessionId id = data.session("FDS - March 2026 - Barangay 12", "SCHEDULED", facilitator, co);

        AttendanceSession session = sessions.find(id).orElseThrow();

        assertThat(session.title()).isEqualTo("FDS - March 2026 - Barangay 12");
        assertThat(session.phase()).isEqualTo(SessionPhase.OPEN);
        assertThat(session.facilitator()).contains(facilitator);
        assertThat(session.coFacilitators()).containsExactly(co);
        var type = TestDatabase.dsl().selectFrom(SESSION_TYPE).where(SESSION_TYPE.ID.eq(session.typeId().value()))
                .fetchSingle();
        // the type's own policy, so that the rate shown while recording is the compliance rule's
        assertThat(session.policy()).isEqualTo(new CompliancePolicy(type.getRequiredAttendance(),
                ExcusedPolicy.valueOf(type.getExcusedPolicy())));
        assertThat(names.namesOf(List.of(facilitator, co))).containsEntry(facilitator, "Field Officer")
                .containsEntry(co, "Co Officer");
        assertThat(sessions.find(new SessionId(987654321))).isEmpty();
    }

    @Test
    void aSessionRunByAnExternalFacilitatorHasOnlyItsUserCoFacilitators() {
        UserId co = data.user("Co Officer");
        AttendanceSession session = sessions.find(data.session("Partner session", "SCHEDULED", null, co)).orElseThrow();
        assertThat(session.facilitator()).isEmpty();
        assertThat(session.coFacilitators()).containsExactly(co);
    }

    @Test
    void completedAndCancelledSessionsKeepTheirPhase() {
        UserId facilitator = data.user("Field Officer");
        assertThat(sessions.find(data.session("done", "COMPLETED", facilitator)).orElseThrow().phase())
                .isEqualTo(SessionPhase.COMPLETED);
        assertThat(sessions.find(data.session("off", "CANCELLED", facilitator)).orElseThrow().phase())
                .isEqualTo(SessionPhase.CANCELLED);
        assertThat(sessions.find(data.session("now", "IN_PROGRESS", facilitator)).orElseThrow().phase())
                .isEqualTo(SessionPhase.OPEN);
    }
}
