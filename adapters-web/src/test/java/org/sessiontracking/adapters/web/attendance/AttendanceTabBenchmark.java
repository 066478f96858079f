package org.sessiontracking.adapters.web.attendance;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.application.attendance.AttendanceFixture;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.AddRegistrantsUseCase;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.session.SessionId;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * The server side of the Attendance tab with 1,000 records (in-memory use cases, so that only the
 * screen's own work is measured): building the tab and rendering the first page of rows, marking all
 * 1,000 rows at once, and the first page after it. Prints figures; asserts nothing about time. Run with:
 * {@code ./mvnw -o -pl adapters-web -am verify -Dtest=AttendanceTabBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AttendanceTabBenchmark {

    private static final int RECORDS = 1_000;
    private static final int ROUNDS = 7;

    @Test
    void aThousandRecordTabStaysResponsive() {
        MockVaadin.setup(new Routes());
        try {
            AttendanceFixture fixture = new AttendanceFixture();
            AttendanceUseCases useCases = new AttendanceUseCases(fixture.load, fixture.find, fixture.add, fixture.save,
                    fixture.history, fixture.importSheet);
            SessionId session = fixture.session(1, SessionPhase.OPEN).id();
            List<RegistrantSummary> people = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                people.add(fixture.registrants.addIndividual(String.format("R-%04d", i), "Registrant " + i, null, "B12"));
            }
            fixture.add.add(new AddRegistrantsUseCase.Command(session, new AddRegistrantsUseCase.Selection.Chosen(
                    people.stream().map(RegistrantSummary::id).toList()), AttendanceStatus.PRESENT, ""));

            double[] open = new double[ROUNDS];
            double[] markAll = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                UI.getCurrent().removeAll();
                long start = System.nanoTime();
                AttendanceTab tab = new AttendanceTab(useCases, session, ZoneOffset.UTC);
                UI.getCurrent().add(tab);
                GridKt._fetch(tab.grid(), 0, 50).forEach(row -> GridKt._getCellComponent(tab.grid(),
                        tab.visibleRows().indexOf(row), "status"));
                open[round] = (System.nanoTime() - start) / 1e6;

                start = System.nanoTime();
                tab.grid().asMultiSelect().select(new HashSet<>(tab.visibleRows()));
                _click(_get(Button.class, spec -> spec.withId("mark-absent")));
                GridKt._fetch(tab.grid(), 0, 50);
                markAll[round] = (System.nanoTime() - start) / 1e6;
            }
            System.out.println();
            System.out.println("Attendance tab benchmark (server side, Karibu, in-memory use cases): " + RECORDS
                    + " records, " + ROUNDS + " rounds");
            report("open the tab and render the first 50 rows", open);
            report("select all 1,000 and mark them Absent, render first 50", markAll);
            System.out.println();
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static void report(String what, double[] rounds) {
        double[] warm = Arrays.copyOfRange(rounds, 1, rounds.length);
        Arrays.sort(warm);
        System.out.printf("  %-56s first %7.1f ms | warm median %7.1f ms, min %7.1f ms%n", what, rounds[0],
                warm[warm.length / 2], warm[0]);
    }
}
