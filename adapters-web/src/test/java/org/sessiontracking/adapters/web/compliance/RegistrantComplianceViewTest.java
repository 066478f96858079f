package org.sessiontracking.adapters.web.compliance;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
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
import static org.assertj.core.api.Assertions.assertThat;

class RegistrantComplianceViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private final List<Period> asked = new ArrayList<>();
    private final RegistrantComplianceUseCase compliance = (registrant, period) -> {
        asked.add(period);
        return new RegistrantComplianceUseCase.RegistrantCompliance(
                new RegistrantSummary(registrant, "PH-7", "Jose Cruz", "INDIVIDUAL", "Barangay 12", "Cruz household",
                        Optional.empty(), Optional.empty()), period,
                List.of(new RegistrantComplianceUseCase.TypeCompliance(new SessionTypeId(3),
                        "Family Development Session", new CompliancePolicy(85, ExcusedPolicy.LEFT_OUT)
                        .evaluate(new AttendanceCounts(4, 1, 1)))),
                List.of(new AttendanceLine(new SessionId(9), new SessionTypeId(3), "Family Development Session",
                        LocalDate.of(2026, 3, 15), "FDS - March 2026 - Barangay 12", true, AttendanceStatus.ABSENT,
                        "")));
    };

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheComplianceOfEachTypeAndMarksCancelledSessionsAsNotCounted() {
        RegistrantComplianceView view = new RegistrantComplianceView(compliance, CLOCK);
        UI.getCurrent().add(view);
        view.show(new RegistrantId(7));
        assertThat(asked).containsExactly(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(_get(H2.class).getText()).isEqualTo("Jose Cruz");
        Grid<RegistrantComplianceUseCase.TypeCompliance> perType = _get(Grid.class,
                spec -> spec.withId("registrant-compliance-grid"));
        assertThat(GridKt._getFormattedRow(perType, 0)).startsWith("Family Development Session", "4", "1", "1", "5",
                "80.0%", "85%");
        Grid<AttendanceLine> attendance = _get(Grid.class, spec -> spec.withId("registrant-attendance-grid"));
        assertThat(GridKt._getFormattedRow(attendance, 0).get(1))
                .isEqualTo("FDS - March 2026 - Barangay 12 (cancelled: not counted)");
    }
}
