package org.sessiontracking.bootstrap.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase.Selection;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attendance through the wired, transactional use cases on the real database: who may record which
 * session, and that a refused or failed call stores nothing.
 */
class AttendanceAuthorizationTest extends ApplicationTest {

    @Autowired
    private DSLContext db;
    @Autowired
    private UserRepository users;
    @Autowired
    private LoadAttendanceUseCase load;
    @Autowired
    private AddRegistrantsUseCase add;
    @Autowired
    private SaveAttendanceUseCase save;
    @Autowired
    private ImportSignInSheetUseCase importSheet;

    private User facilitator;
    private SessionId session;
    private RegistrantId maria;
    private String mariaExternalId;

    @BeforeEach
    void setUp() {
        facilitator = newUser(Role.STAFF);
        long type = number("select min(id) from session_type");
        session = new SessionId(number("insert into session (session_type_id, title, session_date, "
                + "duration_hours, facilitator_id, status, created_at, updated_at) values (?, 'Auth test', "
                + "date '2026-03-14', 2, ?, 'IN_PROGRESS', now(), now()) returning id", type,
                facilitator.id().value()));
        mariaExternalId = "AUTH-" + System.nanoTime();
        maria = new RegistrantId(number("insert into registrant (external_id, full_name, kind, area, "
                + "created_at, updated_at) values (?, 'Maria Auth', 'INDIVIDUAL', 'Barangay 12', now(), now()) "
                + "returning id", mariaExternalId));
    }

    private long number(String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Long.class);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private User newUser(Role role) {
        String name = role.name().toLowerCase() + ".att." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), name, "not-a-real-hash", role));
        return users.findByUsername(new Username(name)).orElseThrow();
    }

    private void signIn(User user) {
        SignedInUser principal = new SignedInUser(user);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    private AddRegistrantsUseCase.Command addMaria() {
        return new AddRegistrantsUseCase.Command(session, new Selection.Chosen(List.of(maria)), AttendanceStatus.PRESENT, "");
    }

    @Test
    void theFacilitatorRecordsAndSavesTheirSession() {
        signIn(facilitator);
        assertThat(add.add(addMaria()).added()).hasSize(1);
        var loaded = load.load(session);
        var result = save.save(new SaveAttendanceUseCase.Command(session, List.of(new AttendanceEdit.SetStatus(
                maria, AttendanceStatus.EXCUSED, "sick", Optional.of(loaded.rows().getFirst().version())))));
        assertThat(result).isInstanceOf(SaveAttendanceUseCase.Saved.class);
        assertThat(load.load(session).rows().getFirst().recordedBy()).isEqualTo(facilitator.displayName());
    }

    @Test
    void otherStaffAndViewersAreRefusedEvenCallingTheUseCasesDirectly() {
        signIn(newUser(Role.STAFF));
        assertThatThrownBy(() -> add.add(addMaria())).isInstanceOf(AccessDeniedException.class);
        signIn(newUser(Role.VIEWER));
        assertThatThrownBy(() -> save.save(new SaveAttendanceUseCase.Command(session, List.of(
                new AttendanceEdit.SetStatus(maria, AttendanceStatus.PRESENT, "", Optional.empty())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(load.load(session).rows()).isEmpty();

        signIn(newUser(Role.MANAGER));
        assertThat(importSheet.importSheet(new ImportSignInSheetUseCase.Command(session, List.of(
                new ImportSignInSheetUseCase.SheetLine(2, mariaExternalId, "Absent", "")))))
                .isEqualTo(new ImportSignInSheetUseCase.Imported(1, 0, 0));
    }
}
