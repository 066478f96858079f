package org.sessiontracking.adapters.web.casework;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.session.SessionTabContext;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.in.CasesRequiringSessionUseCase;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanThresholds;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The session page's Cases tab: shown to those who work cases, with the cases the use case answers. */
class CasesTabTest {

    private static final SessionId SESSION = new SessionId(41);
    private static final SessionTabContext CONTEXT = new SessionTabContext(SESSION, new SessionTypeId(3),
            "FDS - March 2026 - Barangay 12", SessionStatus.SCHEDULED, true, null);

    private final List<SessionId> asked = new ArrayList<>();
    private final CasesRequiringSessionUseCase cases = session -> {
        asked.add(session);
        return List.of(new CaseRow(new CaseId(5), new RegistrantId(7), "Lorna Dizon", "PH-7", RegistrantKind.INDIVIDUAL,
                new UserId(2), "Ana Staff", CaseStatus.OPEN, LocalDate.of(2026, 3, 1), 2, 1, Optional.empty(), 1, 5,
                PlanThresholds.DEFAULT));
    };

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(CasePage.class, CasesView.class)), new HashSet<>(), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static CasesTabProvider providerFor(Role role) {
        CasesRequiringSessionUseCase unused = session -> {
            throw new AssertionError("a role that works no cases is never asked for them");
        };
        return new CasesTabProvider(role.worksCases() ? null : unused, () -> new Actor(new UserId(1), "User", role));
    }

    @Test
    void aViewerGetsNoCasesTab() {
        assertThat(providerFor(Role.VIEWER).create(CONTEXT)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSeeTheCasesThatRequireTheSessionWithTheirOverdueItems() {
        Component tab = new CasesTabProvider(cases, () -> new Actor(new UserId(2), "Ana Staff", Role.STAFF))
                .create(CONTEXT);
        UI.getCurrent().add(tab);

        assertThat(asked).containsExactly(SESSION);
        Grid<CaseRow> grid = _get(Grid.class, spec -> spec.withId("session-cases-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSequence("Ana Staff", "1 overdue");
    }
}
