package org.sessiontracking.adapters.web.session;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;

import java.time.LocalDate;
import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

class SessionsViewTest {

    private final SessionScreensFixture fixture = new SessionScreensFixture();
    private Session fesFds;
    private Session junsMeeting;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        fesFds = fixture.store(fixture.fe, fixture.fds, aSessionPlan().facilitator(fixture.fe.id())
                .topic(fixture.nutrition().id()).date(LocalDate.of(2026, 3, 12)).times(LocalTime.of(9, 0), null)
                .location("Barangay 12").build());
        junsMeeting = fixture.store(fixture.jun, fixture.meeting, aSessionPlan().facilitator(fixture.jun.id())
                .date(LocalDate.of(2026, 4, 2)).location("Town hall").build());
        fixture.attendance.setRecords(fesFds.id(), 12);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open() {
        UI.getCurrent().add(new SessionsView(fixture.useCases));
    }

    @SuppressWarnings("unchecked")
    private Grid<SessionRow> grid() {
        return _get(Grid.class, spec -> spec.withId("sessions-grid"));
    }

    @Test
    void theGridShowsEachSessionsTitleTypeDateLocationFacilitatorTopicAndAttendanceRecords() {
        open();
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(junsMeeting.id());
        assertThat(GridKt._getFormattedRow(grid(), 1)).containsSequence("FDS - Nutrition - March 2026 - Barangay 12",
                "Family Development Session", "12 Mar 2026 09:00", "Barangay 12", "Fe Dela Cruz", "Nutrition");
        assertThat(GridKt._getFormattedRow(grid(), 1)).last().isEqualTo("12");
    }

    @Test
    void cellsThatMayBeCutShortShowTheirWholeTextAsATooltip() {
        open();
        SessionRow fds = GridKt._get(grid(), 1);
        for (String column : new String[]{"title", "type", "location", "facilitator", "topic"}) {
            assertThat(grid().getColumnByKey(column).getTooltipGenerator().apply(fds)).as(column)
                    .isEqualTo(GridKt._getFormatted(grid().getColumnByKey(column), fds));
        }
        assertThat(grid().getColumnByKey("title").getTooltipGenerator().apply(fds))
                .isEqualTo("FDS - Nutrition - March 2026 - Barangay 12");
    }

    @Test
    void filtersByLocationAndStatus() {
        open();
        _setValue(_get(TextField.class, spec -> spec.withId("session-location-filter")), "town");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).title()).isEqualTo("MEETING - April 2026 - Town hall");

        _setValue(_get(TextField.class, spec -> spec.withId("session-location-filter")), "");
        @SuppressWarnings("unchecked")
        Select<SessionStatus> status = _get(Select.class, spec -> spec.withId("session-status-filter"));
        _setValue(status, SessionStatus.COMPLETED);
        assertThat(GridKt._size(grid())).isZero();
        _setValue(status, SessionStatus.SCHEDULED);
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void mySessionsAreTheOnesTheSignedInUserRuns() {
        open();
        Tabs scope = _get(Tabs.class, spec -> spec.withId("session-scope"));
        scope.setSelectedTab(_get(Tab.class, spec -> spec.withId("my-sessions-tab")));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(fesFds.id());
    }

    @Test
    void viewersSeeTheSessionsButNoCreateButton() {
        fixture.actor.switchTo(fixture.vic.asActor());
        open();
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("create-session"))).isEmpty();
    }

    @Test
    void staffSeeTheCreateButton() {
        open();
        assertThat(_get(Button.class, spec -> spec.withId("create-session")).isVisible()).isTrue();
    }
}
