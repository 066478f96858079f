package org.sessiontracking.adapters.persistence.attendance;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.adapters.persistence.verification.JooqLateCorrections;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.usecase.LoadAttendance;
import org.sessiontracking.application.attendance.usecase.SaveAttendance;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Saving 1,000 records into a session and loading a 1,000-record session, through the use cases on
 * the jOOQ adapters and a real PostgreSQL. Prints figures; asserts nothing about time. Run with:
 * {@code ./mvnw -o -pl adapters-persistence -am verify -Dtest=AttendanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AttendanceBenchmark {

    private static final int RECORDS = 1_000;
    private static final int ROUNDS = 7;

    @Test
    void savesAndLoadsAThousandRecordSession() throws Exception {
        // one connection, as from the application's pool: the test data source opens one per statement
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            AttendanceTestData data = new AttendanceTestData(db);
            UserId facilitator = data.user("Bench Facilitator");
            FixedActor actor = FixedActor.signedIn(new Actor(facilitator, "Bench Facilitator", Role.STAFF));
            JooqAttendanceRepository repository = new JooqAttendanceRepository(db);
            JooqAttendanceSessions sessions = new JooqAttendanceSessions(db);
            JooqAttendanceRegistrants registrants = new JooqAttendanceRegistrants(db);
            JooqAttendanceUserNames names = new JooqAttendanceUserNames(db);
            JooqLateCorrections late = new JooqLateCorrections(db);
            SaveAttendance save = new SaveAttendance(repository, sessions, registrants, names, actor, late,
                    Clock.systemUTC());
            LoadAttendance load = new LoadAttendance(repository, sessions, registrants, names, actor, late,
                    Clock.systemUTC());

            List<RegistrantId> people = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                people.add(data.registrant(AttendanceTestData.unique("B"), "Bench Registrant " + i, "INDIVIDUAL", null,
                        "Bench Area", true));
            }

            double[] addAll = new double[ROUNDS];
            double[] changeAll = new double[ROUNDS];
            double[] loadAll = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                SessionId session = data.session("Bench session " + round, "IN_PROGRESS", facilitator);
                List<AttendanceEdit> adds = people.stream().<AttendanceEdit>map(id ->
                        new AttendanceEdit.SetStatus(id, AttendanceStatus.PRESENT, "", Optional.empty())).toList();
                addAll[round] = millis(() -> save.save(new SaveAttendanceUseCase.Command(session, adds)));

                AttendanceView[] loaded = new AttendanceView[1];
                loadAll[round] = millis(() -> loaded[0] = load.load(session));
                if (loaded[0].rows().size() != RECORDS) {
                    throw new AssertionError("expected " + RECORDS + " rows, got " + loaded[0].rows().size());
                }
                List<AttendanceEdit> changes = loaded[0].rows().stream().<AttendanceEdit>map(row ->
                        new AttendanceEdit.SetStatus(row.registrant().id(), AttendanceStatus.ABSENT, "",
                                Optional.of(row.version()))).toList();
                changeAll[round] = millis(() -> save.save(new SaveAttendanceUseCase.Command(session, changes)));
            }
            System.out.println();
            System.out.println("Attendance benchmark: " + RECORDS + " records per session, " + ROUNDS
                    + " rounds (first round includes warm-up), embedded PostgreSQL, one connection");
            report("save 1,000 new records (SaveAttendance use case)", addAll);
            report("save 1,000 changed statuses (SaveAttendance use case)", changeAll);
            report("load a 1,000-record session (LoadAttendance use case)", loadAll);
            System.out.println();
        }
    }

    private static double millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, double[] rounds) {
        double[] warm = Arrays.copyOfRange(rounds, 1, rounds.length);
        Arrays.sort(warm);
        System.out.printf("  %-58s first %7.1f ms | warm median %7.1f ms, min %7.1f ms, max %7.1f ms%n", what,
                rounds[0], warm[warm.length / 2], warm[0], warm[warm.length - 1]);
    }

}
