package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every adapter's narrow reads for attendance and sessions must do: {@link AttendanceSessions}
 * (title, phase, facilitators and the type's policy of a session), {@link AttendanceUserNames} and
 * {@link SessionAttendanceCount}. The data goes in through the adapter's own ports.
 */
public abstract class AttendanceReadsContract {

    protected abstract AttendanceSessions sessions();

    protected abstract AttendanceUserNames userNames();

    protected abstract SessionAttendanceCount attendanceCount();

    protected abstract StoragePorts ports();

    private StoredData data;
    private UserId facilitator;
    private UserId coFacilitator;
    private SessionType type;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        facilitator = data.user("Maria Santos");
        coFacilitator = data.user("Jose Reyes");
        type = data.sessionType("FDS", 85, ExcusedPolicy.COUNTS_AS_ABSENT);
    }

    @Test
    void aSessionReadsWithItsTitleFacilitatorsAndTheTypesPolicy() {
        SessionId id = data.session(type, LocalDate.of(2025, 3, 12), SessionStatus.SCHEDULED, facilitator,
                Optional.empty(), Set.of(coFacilitator));
        String title = ports().sessions().findById(id).orElseThrow().title();

        assertThat(sessions().find(id)).hasValueSatisfying(session -> {
            assertThat(session.id()).isEqualTo(id);
            assertThat(session.typeId()).isEqualTo(type.id());
            assertThat(session.title()).isEqualTo(title);
            assertThat(session.phase()).isEqualTo(SessionPhase.OPEN);
            assertThat(session.facilitator()).contains(facilitator);
            assertThat(session.coFacilitators()).containsExactly(coFacilitator);
            assertThat(session.policy()).isEqualTo(new CompliancePolicy(85, ExcusedPolicy.COUNTS_AS_ABSENT));
        });
        assertThat(sessions().find(new SessionId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void eachStatusReadsAsItsPhase() {
        Map<SessionStatus, SessionPhase> phases = Map.of(SessionStatus.SCHEDULED, SessionPhase.OPEN,
                SessionStatus.IN_PROGRESS, SessionPhase.OPEN, SessionStatus.COMPLETED, SessionPhase.COMPLETED,
                SessionStatus.CANCELLED, SessionPhase.CANCELLED);
        phases.forEach((status, phase) -> {
            SessionId id = data.session(type, LocalDate.of(2025, 3, 12), status, facilitator);
            assertThat(sessions().find(id)).hasValueSatisfying(session ->
                    assertThat(session.phase()).as(status.name()).isEqualTo(phase));
        });
    }

    @Test
    void userNamesAreTheDisplayNamesOfKnownUsersOnly() {
        assertThat(userNames().namesOf(List.of(facilitator, coFacilitator, new UserId(Long.MAX_VALUE))))
                .isEqualTo(Map.of(facilitator, "Maria Santos", coFacilitator, "Jose Reyes"));
        assertThat(userNames().namesOf(List.of())).isEmpty();
    }

    @Test
    void theAttendanceCountFollowsTheSessionsRecords() {
        SessionId id = data.session(type, LocalDate.of(2025, 3, 12), SessionStatus.IN_PROGRESS, facilitator);
        SessionId other = data.session(type, LocalDate.of(2025, 3, 13), SessionStatus.IN_PROGRESS, facilitator);
        RegistrantId ana = data.registrant();
        RegistrantId ben = data.registrant();
        assertThat(attendanceCount().countFor(id)).isZero();

        data.record(id, ana, PRESENT, facilitator);
        data.record(id, ben, ABSENT, facilitator);
        data.record(other, ana, PRESENT, facilitator);
        assertThat(attendanceCount().countFor(id)).isEqualTo(2);

        ports().attendance().store(id, List.of(new AttendanceSheet.Write(new AttendanceChange(id, ben,
                Optional.of(ABSENT), Optional.empty(), "left early", facilitator, StoredData.RECORDED_AT),
                Optional.of(Version.NEW))));
        assertThat(attendanceCount().countFor(id)).isEqualTo(1);
        assertThat(attendanceCount().countFor(other)).isEqualTo(1);
    }
}
