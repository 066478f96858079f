package org.sessiontracking.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.common.StorageUnavailableException;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.SessionTrackingApplication;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application as it runs for real (its embedded server with the production settings, not the
 * tests' fast ones): saves are durable, and the database stopping and starting again under the
 * running application loses nothing, refuses a save clearly while it is down, and is used again
 * by itself once it is back. Its own application context, closed afterwards, because one test stops
 * the database.
 */
@SpringBootTest(classes = SessionTrackingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sessiontracking.admin.username=admin",
                "sessiontracking.admin.password=restart-test-admin"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseRestartTest {

    private static final Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "session-tracking-tests",
            "restart-" + UUID.randomUUID());

    /** The server started in place of the stopped one; stopped when the tests are done. */
    private static EmbeddedPostgres restarted;

    @Autowired
    private DataSource dataSource;
    @Autowired
    private EmbeddedPostgres postgres;
    @Autowired
    private DSLContext db;
    @Autowired
    private UserRepository users;
    @Autowired
    private UserDetailsService signIns;
    @Autowired
    private AddRegistrantsUseCase add;
    @Autowired
    private LoadAttendanceUseCase load;
    @Autowired
    private SaveAttendanceUseCase save;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add("sessiontracking.database.embedded.data-dir", DATA_DIR::toString);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopTheRestartedServer() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void theApplicationsServerFlushesEveryCommitToDisk() throws SQLException {
        assertThat(settings("fsync", "full_page_writes", "synchronous_commit"))
                .isEqualTo(Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on"));
    }

    @Test
    void aDatabaseRestartLosesNothingRefusesTheSaveMeanwhileClearlyAndIsUsedAgainOnceBack() throws Exception {
        User facilitator = newStaff();
        signIn(facilitator);
        SessionId session = new SessionId(number("insert into session (session_type_id, title, session_date, "
                + "duration_hours, facilitator_id, status, created_at, updated_at) values ((select min(id) from "
                + "session_type), 'Restart test', date '2026-03-14', 2, ?, 'IN_PROGRESS', now(), now()) returning id",
                facilitator.id().value()));
        RegistrantId maria = newRegistrant("Maria Restart");
        RegistrantId jose = newRegistrant("Jose Restart");
        add.add(new AddRegistrantsUseCase.Command(session, new AddRegistrantsUseCase.Selection.Chosen(List.of(maria, jose)),
                AttendanceStatus.PRESENT, ""));
        List<AttendanceRow> loaded = load.load(session).rows();
        save.save(new SaveAttendanceUseCase.Command(session, List.of(setStatus(loaded, maria, AttendanceStatus.ABSENT, ""))));
        loaded = load.load(session).rows();
        SaveAttendanceUseCase.Command joseExcused = new SaveAttendanceUseCase.Command(session,
                List.of(setStatus(loaded, jose, AttendanceStatus.EXCUSED, "sick")));
        int serverPort = postgres.getPort();

        postgres.close();

        assertThat(health().statusCode()).isEqualTo(503);
        assertThat(health().body()).contains("DOWN");
        assertThatThrownBy(() -> save.save(joseExcused))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessage("The database cannot be reached just now. What you entered is still on screen: "
                        + "try again in a moment.");

        restarted = new EmbeddedDatabaseConfiguration().embeddedPostgres(DATA_DIR, serverPort, true);

        assertThat(save.save(joseExcused)).isInstanceOf(SaveAttendanceUseCase.Saved.class);
        Map<RegistrantId, AttendanceStatus> stored = load.load(session).rows().stream()
                .collect(Collectors.toMap(row -> row.registrant().id(), AttendanceRow::status));
        assertThat(stored).isEqualTo(Map.of(maria, AttendanceStatus.ABSENT, jose, AttendanceStatus.EXCUSED));
        assertThat(health().statusCode()).isEqualTo(200);
        assertThat(settings("fsync", "synchronous_commit")).isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on"));
    }

    private Map<String, String> settings(String... names) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> values = new HashMap<>();
            for (String name : names) {
                try (ResultSet row = connection.createStatement().executeQuery("show " + name)) {
                    row.next();
                    values.put(name, row.getString(1));
                }
            }
            return values;
        }
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static AttendanceEdit setStatus(List<AttendanceRow> loaded, RegistrantId who, AttendanceStatus status,
                                            String reason) {
        AttendanceRow row = loaded.stream().filter(r -> r.registrant().id().equals(who)).findFirst().orElseThrow();
        return new AttendanceEdit.SetStatus(who, status, reason, Optional.of(row.version()));
    }

    private long number(String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Long.class);
    }

    private RegistrantId newRegistrant(String name) {
        return new RegistrantId(number("insert into registrant (external_id, full_name, kind, area, created_at, "
                + "updated_at) values (?, ?, 'INDIVIDUAL', 'Barangay 12', now(), now()) returning id",
                "RESTART-" + System.nanoTime(), name));
    }

    private User newStaff() {
        String name = "staff.restart." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), name, "not-a-real-hash", Role.STAFF));
        return users.findByUsername(new Username(name)).orElseThrow();
    }

    private void signIn(User user) {
        UserDetails principal = signIns.loadUserByUsername(user.username().value());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
