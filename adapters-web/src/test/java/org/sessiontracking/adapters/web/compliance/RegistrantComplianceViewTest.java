package org.sessiontracking.adapters.web.compliance;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Breakdown;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.PeriodCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrantComplianceViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final CompliancePolicy FDS_POLICY = new CompliancePolicy(85, ExcusedPolicy.LEFT_OUT);
    private static final CompliancePolicy WORKSHOP_POLICY = new CompliancePolicy(90, ExcusedPolicy.LEFT_OUT);
    private final List<Period> asked = new ArrayList<>();
    private int missing;
    private final RegistrantComplianceUseCase compliance = (registrant, period) -> {
        asked.add(period);
        return new RegistrantComplianceUseCase.RegistrantCompliance(
                new RegistrantSummary(registrant, "PH-7", "Jose Cruz", "INDIVIDUAL", "Barangay 12", "Cruz household",
                        Optional.empty(), Optional.empty()), period,
                List.of(new TypeCompliance(new SessionTypeId(3), "Family Development Session",
                                FDS_POLICY.evaluate(new AttendanceCounts(4, 1, 1)), Breakdown.MONTH, List.of(
                                new PeriodCompliance(month(1), FDS_POLICY.evaluate(new AttendanceCounts(4, 0, 1))),
                                new PeriodCompliance(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 14)),
                                        FDS_POLICY.evaluate(new AttendanceCounts(0, 1, 0))),
                                new PeriodCompliance(month(3), FDS_POLICY.evaluate(AttendanceCounts.NONE)))),
                        new TypeCompliance(new SessionTypeId(4), "Workshop",
                                WORKSHOP_POLICY.evaluate(new AttendanceCounts(1, 0, 0), missing), Breakdown.NONE,
                                List.of())),
                List.of(new AttendanceLine(new SessionId(9), new SessionTypeId(3), "Family Development Session",
                        LocalDate.of(2026, 3, 15), "FDS - March 2026 - Barangay 12", true, AttendanceStatus.ABSENT,
                        "")));
    };

    private static Period month(int month) {
        LocalDate first = LocalDate.of(2026, month, 1);
        return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private RegistrantComplianceView open() {
        RegistrantComplianceView view = new RegistrantComplianceView(compliance, CLOCK);
        UI.getCurrent().add(view);
        view.show(new RegistrantId(7));
        return view;
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<RegistrantComplianceView.Line> complianceGrid() {
        return _get(TreeGrid.class, spec -> spec.withId("registrant-compliance-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsEachTypeOverThePeriodAndMarksCancelledSessionsAsNotCounted() {
        open();
        // This year, to date
        assertThat(asked).containsExactly(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 29)));
        assertThat(_get(H2.class).getText()).isEqualTo("Jose Cruz");
        assertThat(GridKt._getFormattedRow(complianceGrid(), 0)).startsWith("Family Development Session", "4", "1",
                "1", "5", "80.0%", "85%");
        Grid<AttendanceLine> attendance = _get(Grid.class, spec -> spec.withId("registrant-attendance-grid"));
        assertThat(GridKt._getFormattedRow(attendance, 0).get(1))
                .isEqualTo("FDS - March 2026 - Barangay 12 (cancelled: not counted)");
    }

    @Test
    void theNoRecordColumnShowsOnlyWhenAnEnrolmentLeftMissingRecords() {
        open();
        assertThat(complianceGrid().getColumnByKey("no-record").isVisible()).isFalse();
        MockVaadin.tearDown();
        MockVaadin.setup(new Routes());
        missing = 2;
        open();
        assertThat(complianceGrid().getColumnByKey("no-record").isVisible()).isTrue();
        RegistrantComplianceView.Line workshop = GridKt._getRootItems(complianceGrid()).get(1);
        assertThat(complianceGrid().getColumnByKey("no-record").getTooltipGenerator().apply(workshop))
                .isEqualTo("2 held sessions of their area while enrolled without a record of theirs");
    }

    @Test
    void showsTheComplianceOfEachMonthUnderItsTypeAndOneTimeTypesWithoutBreakdown() {
        open();
        TreeGrid<RegistrantComplianceView.Line> grid = complianceGrid();
        assertThat(GridKt._getRootItems(grid)).extracting(RegistrantComplianceView.Line::label)
                .containsExactly("Family Development Session", "Workshop");
        assertThat(GridKt._size(grid)).as("both types, and the three months of FDS shown expanded").isEqualTo(5);
        assertThat(GridKt._getFormattedRow(grid, 1)).startsWith("January 2026", "4", "0", "1", "4", "100.0%", "");
        assertThat(GridKt._getFormattedRow(grid, 2)).startsWith("1 Feb 2026 \u2013 14 Feb 2026", "0", "1", "0", "1",
                "0.0%");
        assertThat(GridKt._getFormattedRow(grid, 3)).startsWith("March 2026", "0", "0", "0", "0", "\u2013");
        assertThat(GridKt._get(grid, 1).compliance().status().label()).isEqualTo("Compliant");
        assertThat(GridKt._get(grid, 2).compliance().status().label()).isEqualTo("Non-compliant");
        assertThat(GridKt._get(grid, 3).compliance().status().label()).isEqualTo("No data");
        assertThat(GridKt._getFormattedRow(grid, 4)).startsWith("Workshop", "1", "0", "0", "1", "100.0%", "90%");
        assertThat(grid.getTreeData().getChildren(GridKt._get(grid, 4))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherPeriodAsksAgain() {
        open();
        _setValue((Select<PeriodPreset>) _get(Select.class, spec -> spec.withId("registrant-period")),
                PeriodPreset.LAST_3_MONTHS);
        // this month and the two before, up to today (29 November): no days that are still to come
        assertThat(asked).last().isEqualTo(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 29)));
    }
}
