package org.sessiontracking.adapters.web.session;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.adapters.web.session.SessionScreensFixture.comboBox;
import static org.sessiontracking.adapters.web.session.SessionScreensFixture.textField;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

/** A facilitator without an account (a partner NGO's trainer) on the session form and in the sessions grid. */
class ExternalFacilitatorsTest {

    private final SessionScreensFixture fixture = new SessionScreensFixture();

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private SessionPage newSessionPage() {
        SessionPage page = new SessionPage(fixture.useCases, List.of());
        UI.getCurrent().add(page);
        page.showNew();
        ComboBox<SessionType> types = comboBox("session-type");
        _setValue(types, types.getListDataView().getItems()
                .filter(type -> type.id().equals(fixture.meeting.id())).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("session-date")), LocalDate.of(2026, 3, 12));
        _setValue(textField("session-location"), "Barangay 12");
        return page;
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withId("save-session")));
    }

    private Session onlyStored() {
        return fixture.sessions.findById(fixture.sessions.list(SessionFilter.ALL, PageRequest.first(1)).getFirst().id())
                .orElseThrow();
    }

    @Test
    void aSessionRunByAPartnersTrainerIsSavedWithoutAUserFacilitator() {
        newSessionPage();
        _setValue(comboBox("session-facilitator"), null);
        _setValue(textField("session-external-facilitators"), " Maria Santos (Partner NGO), , Jo Lim ,");
        save();

        Session stored = onlyStored();
        assertThat(stored.facilitator()).isEmpty();
        assertThat(stored.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)", "Jo Lim");
        assertThat(textField("session-external-facilitators").getValue()).as("shown again as stored")
                .isEqualTo("Maria Santos (Partner NGO), Jo Lim");
        assertThat(textField("session-external-facilitators").getLabel()).isEqualTo("External facilitators (no account)");
    }

    @Test
    void withNeitherAUserNorAnExternalFacilitatorNothingIsStored() {
        newSessionPage();
        _setValue(comboBox("session-facilitator"), null);
        save();
        assertThat(comboBox("session-facilitator").isInvalid()).isTrue();
        assertThat(comboBox("session-facilitator").getErrorMessage())
                .isEqualTo("Choose a facilitator, or name an external facilitator");
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isZero();

        _setValue(textField("session-external-facilitators"), "Maria Santos");
        assertThat(comboBox("session-facilitator").isInvalid()).as("a name typed afterwards is enough").isFalse();
        save();
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isEqualTo(1);
    }

    @Test
    void aNameTypedTwiceIsRefusedNextToTheFieldAndTheInputStays() {
        newSessionPage();
        _setValue(textField("session-external-facilitators"), "Maria Santos, maria santos");
        save();
        TextField field = textField("session-external-facilitators");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("External facilitator 'maria santos' is named twice");
        assertThat(field.getValue()).isEqualTo("Maria Santos, maria santos");
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void aStaffMemberNamedAsExternalFacilitatorStillCannotEditTheSession() {
        Session partners = fixture.store(fixture.mara, fixture.meeting, aSessionPlan().facilitator(null)
                .externalFacilitators("Fe Dela Cruz").coFacilitators(fixture.jun.id()).build());
        SessionPage page = new SessionPage(fixture.useCases, List.of());
        UI.getCurrent().add(page);
        page.show(fixture.useCases.get().get(partners.id()).orElseThrow());

        assertThat(textField("session-external-facilitators").getValue()).isEqualTo("Fe Dela Cruz");
        assertThat(textField("session-location").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-session"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText())
                .isEqualTo("Only the session's facilitators, managers and administrators can change it.");
    }

    @Test
    void theGridShowsExternalFacilitatorsAndFiltersByAnyonesName() {
        fixture.store(fixture.fe, fixture.meeting, aSessionPlan().facilitator(fixture.fe.id())
                .date(LocalDate.of(2026, 3, 1)).build());
        fixture.store(fixture.mara, fixture.meeting, aSessionPlan().facilitator(null)
                .externalFacilitators("Maria Santos (Partner NGO)").date(LocalDate.of(2026, 3, 2)).build());
        fixture.store(fixture.jun, fixture.meeting, aSessionPlan().facilitator(fixture.jun.id())
                .externalFacilitators("Jo Lim").date(LocalDate.of(2026, 3, 3)).build());
        UI.getCurrent().add(new SessionsView(fixture.useCases));
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = _get(Grid.class, spec -> spec.withId("sessions-grid"));

        assertThat(GridKt._getFormatted(grid.getColumnByKey("facilitator"), GridKt._get(grid, 0)))
                .isEqualTo("Jun Bautista, Jo Lim");
        assertThat(grid.getColumnByKey("facilitator").getTooltipGenerator().apply(GridKt._get(grid, 0)))
                .isEqualTo("Jun Bautista; external: Jo Lim");
        assertThat(GridKt._getFormatted(grid.getColumnByKey("facilitator"), GridKt._get(grid, 1)))
                .isEqualTo("Maria Santos (Partner NGO)");

        _setValue(textField("session-facilitator-filter"), "partner");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).externalFacilitators()).containsExactly("Maria Santos (Partner NGO)");
        _setValue(textField("session-facilitator-filter"), "fe dela");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).facilitatorName()).contains("Fe Dela Cruz");
    }
}
