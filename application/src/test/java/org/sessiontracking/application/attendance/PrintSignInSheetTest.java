package org.sessiontracking.application.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase.Selection;
import org.sessiontracking.application.attendance.usecase.PrintSignInSheet;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.session.InMemorySessionAttendance;
import org.sessiontracking.application.session.InMemorySessionRepository;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeBuilder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

class PrintSignInSheetTest {

    private final AttendanceFixture fixture = new AttendanceFixture();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(types,
            new InMemoryUserRepository(), new InMemorySessionAttendance());
    private final PrintSignInSheet print = new PrintSignInSheet(fixture.repository, fixture.sessions,
            fixture.registrants, fixture.userNames, sessions, types, fixture.actor);

    private SessionId scheduled() {
        SessionType type = SessionTypeBuilder.aSessionType().name("Family Development Session").code("FDS")
                .topics("Nutrition", "Health").build();
        types.add(type);
        SessionType stored = types.findById(type.id()).orElseThrow();
        Session session = Session.create(new SessionId(1), stored, aSessionPlan().date(LocalDate.of(2026, 3, 10))
                .times(LocalTime.of(9, 0), LocalTime.of(11, 0)).location("Barangay Hall").area("Barangay 12")
                .facilitator(AttendanceFixture.FACILITATOR.id()).coFacilitators(AttendanceFixture.MANAGER.id())
                .externalFacilitators("Nena of Partner NGO").topic(stored.topics().get(1).id()).build());
        sessions.addAll(List.of(session));
        fixture.session(1, SessionPhase.OPEN);
        return session.id();
    }

    @Test
    void theSheetHasTheSessionsDetailsAndItsRosterByName() {
        SessionId session = scheduled();
        RegistrantSummary household = fixture.registrants.addGroup("H-1", "Dela Cruz household", "Barangay 12");
        RegistrantSummary maria = fixture.registrants.addIndividual("R-001", "Maria Dela Cruz", household, "Barangay 12");
        RegistrantSummary ana = fixture.registrants.addIndividual("R-003", "ana Santos", null, "Barangay 12");
        RegistrantSummary bea = fixture.registrants.addIndividual("R-002", "Bea Ramos", null, "Barangay 12");
        fixture.registrants.addIndividual("R-009", "Not On The Roster", null, "Barangay 12");
        fixture.add.add(new AddRegistrantsUseCase.Command(session, new Selection.Chosen(
                List.of(maria.id(), ana.id(), bea.id())), AttendanceStatus.PRESENT, ""));

        SignInSheet sheet = print.sheet(session);

        assertThat(sheet.title()).isEqualTo(sessions.findById(session).orElseThrow().title());
        assertThat(sheet.typeName()).isEqualTo("Family Development Session");
        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(sheet.startTime()).contains(LocalTime.of(9, 0));
        assertThat(sheet.location()).isEqualTo("Barangay Hall");
        assertThat(sheet.area()).isEqualTo("Barangay 12");
        assertThat(sheet.topic()).contains("Health");
        assertThat(sheet.facilitators()).containsExactly("Field Officer", "Programme Manager", "Nena of Partner NGO");
        assertThat(sheet.roster()).containsExactly(
                new SignInSheet.Line("R-003", "ana Santos", ""),
                new SignInSheet.Line("R-002", "Bea Ramos", ""),
                new SignInSheet.Line("R-001", "Maria Dela Cruz", "Dela Cruz household"));
    }

    @Test
    void aViewerMayPrintIt() {
        SessionId session = scheduled();
        fixture.signIn(AttendanceFixture.VIEWER);
        assertThat(print.sheet(session).roster()).isEmpty();
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertThatThrownBy(() -> print.sheet(new SessionId(404))).isInstanceOf(NotFoundException.class)
                .hasMessage("Session 404 does not exist");
    }
}
