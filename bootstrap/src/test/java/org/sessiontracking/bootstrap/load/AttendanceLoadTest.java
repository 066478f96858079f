package org.sessiontracking.bootstrap.load;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
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
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application under load over HTTP on loopback: {@code load.people} (50) staff each sign in
 * through the sign-in form, open the Attendance page of their own session and, for
 * {@code load.duration} (5 minutes), change statuses and press Save all, while {@code load.readers}
 * (10) viewers open the Compliance page again and again. Everything goes through Vaadin's own
 * HTTP protocol (the requests the browser would send: the page's init request, the navigation, the
 * radio button's value change, the button click), so each save runs the real screen, use case,
 * transaction, triggers and the embedded PostgreSQL with its durable production settings.
 * <p>
 * Prints p50/p95 per action and the errors; asserts that nothing failed and that every save is
 * accounted for afterwards: each session has exactly one record per registrant (no duplicate), the
 * status each person saved last (no lost update), a version and a history that count every save.
 * Not part of the normal build. Run with:
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=AttendanceLoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dload=true \
 *     [-Dload.duration=PT5M] [-Dload.people=50] [-Dload.readers=10] [-Dload.thinkMillis=500]
 * </pre>
 */
@EnabledIfSystemProperty(named = "load", matches = "true")
@SpringBootTest(classes = SessionTrackingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sessiontracking.database.embedded.data-dir=${java.io.tmpdir}/session-tracking-load/${random.uuid}",
                "sessiontracking.demo-data=true"
        })
class AttendanceLoadTest {

    private static final String PASSWORD = "load-test-password";

    private final Duration duration = Duration.parse(System.getProperty("load.duration", "PT5M"));
    private final int people = Integer.getInteger("load.people", 50);
    private final int readers = Integer.getInteger("load.readers", 10);
    private final int registrantsPerSession = Integer.getInteger("load.registrants", 30);
    private final int editsPerSave = Integer.getInteger("load.editsPerSave", 5);
    private final Duration think = Duration.ofMillis(Integer.getInteger("load.thinkMillis", 500));

    @LocalServerPort
    private int port;
    @Autowired
    private DSLContext db;
    @Autowired
    private UserRepository users;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private UserDetailsService signIns;
    @Autowired
    private AddRegistrantsUseCase add;

    @Test
    void fiftyPeopleSavingAttendanceAndTenReadingComplianceLoseNothing() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String hash = passwords.encode(PASSWORD);
        List<StaffPerson> staff = new ArrayList<>();
        for (int person = 1; person <= people; person++) {
            staff.add(prepareSession(run, person, hash));
        }
        List<String> viewers = new ArrayList<>();
        for (int reader = 1; reader <= readers; reader++) {
            viewers.add(newUser("load.reader." + run + "." + reader, Role.VIEWER, hash).username().value());
        }
        Map<String, Long> historyBefore = historyPerRecord(run);

        String loadBefore = loadAverage();
        LoadFigures figures = new LoadFigures();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService everyone = Executors.newFixedThreadPool(people + readers);
        List<Future<?>> running = new ArrayList<>();
        for (StaffPerson person : staff) {
            running.add(everyone.submit(() -> person.work(figures, deadline)));
        }
        for (String viewer : viewers) {
            ComplianceReader reader = new ComplianceReader(new VaadinHttpClient(port), viewer, PASSWORD, think);
            running.add(everyone.submit(() -> reader.work(figures, deadline)));
        }
        for (Future<?> person : running) {
            person.get();
        }
        everyone.shutdown();
        assertThat(everyone.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        Accounting accounting = account(run, staff, historyBefore);
        String report = figures.report(duration, people, readers, registrantsPerSession, editsPerSave, think)
                + "  machine load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAverage() + "; "
                + Runtime.getRuntime().availableProcessors() + " cores\n"
                + accounting.report();
        System.out.println(report);
        assertThat(figures.errors()).as("errors (see the report above)").isEmpty();
        assertThat(accounting.problems()).as("records not accounted for").isEmpty();
        assertThat(figures.count("save")).isPositive();
        assertThat(accounting.savesCounted()).isPositive();
    }

    /** A staff user facilitating a fresh in-progress session of the FDS type with its registrants marked Present. */
    private StaffPerson prepareSession(String run, int person, String hash) {
        User facilitator = newUser("load.staff." + run + "." + person, Role.STAFF, hash);
        long session = number("insert into session (session_type_id, title, session_date, duration_hours, facilitator_id, "
                        + "status, created_at, updated_at) values ((select id from session_type where code = 'FDS'), ?, "
                        + "current_date, 2, ?, 'IN_PROGRESS', now(), now()) returning id",
                "Load " + run + " " + person, facilitator.id().value());
        List<RegistrantId> registrants = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        for (int i = 1; i <= registrantsPerSession; i++) {
            String externalId = "LOAD-" + run + "-" + person + "-" + i;
            externalIds.add(externalId);
            registrants.add(new RegistrantId(number("insert into registrant (external_id, full_name, kind, area, "
                    + "created_at, updated_at) values (?, ?, 'INDIVIDUAL', 'Load area', now(), now()) returning id",
                    externalId, "Load person " + person + "-" + i)));
        }
        UserDetails principal = signIns.loadUserByUsername(facilitator.username().value());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            add.add(new AddRegistrantsUseCase.Command(new SessionId(session),
                    new AddRegistrantsUseCase.Selection.Chosen(registrants), AttendanceStatus.PRESENT, ""));
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new StaffPerson(new VaadinHttpClient(port), facilitator.username().value(), PASSWORD, session,
                externalIds, editsPerSave, think);
    }

    /** What else the machine was doing (the figures are from a shared 2-core machine). */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private User newUser(String username, Role role, String hash) {
        users.add(User.create(users.nextId(), new Username(username), username, hash, role));
        return users.findByUsername(new Username(username)).orElseThrow();
    }

    private long number(String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Long.class);
    }

    private Map<String, Long> historyPerRecord(String run) {
        return db.fetch("select r.external_id, count(h.id) from registrant r left join attendance_history h "
                        + "on h.registrant_id = r.id where r.external_id like ? group by r.external_id", "LOAD-" + run + "-%")
                .intoMap(row -> row.get(0, String.class), row -> row.get(1, Long.class));
    }

    /** Compares what every person saw saved with what the database holds. */
    private Accounting account(String run, List<StaffPerson> staff, Map<String, Long> historyBefore) {
        Map<String, Long> historyAfter = historyPerRecord(run);
        Accounting accounting = new Accounting();
        for (StaffPerson person : staff) {
            List<Record> rows = db.fetch("select r.external_id, a.status, a.version from attendance a "
                    + "join registrant r on r.id = a.registrant_id where a.session_id = ?", person.session());
            accounting.session(person, rows, historyBefore, historyAfter);
        }
        return accounting;
    }
}
