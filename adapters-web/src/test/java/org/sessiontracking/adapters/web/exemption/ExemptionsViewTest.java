package org.sessiontracking.adapters.web.exemption;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.InMemoryAttendanceRegistrants;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.InMemoryExemptionRepository;
import org.sessiontracking.application.exemption.usecase.AddExemption;
import org.sessiontracking.application.exemption.usecase.EndExemption;
import org.sessiontracking.application.exemption.usecase.ListExemptions;
import org.sessiontracking.application.exemption.usecase.RemoveExemption;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.sessiontype.usecase.ListSessionTypes;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ExemptionsViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryExemptionRepository repository = new InMemoryExemptionRepository();
    private final InMemoryAttendanceRegistrants registrants = new InMemoryAttendanceRegistrants();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        registrants.addIndividual("R-1", "Ana", null, "North");
        registrants.addIndividual("R-2", "Ben", null, "South");
        UI.getCurrent().add(new ExemptionsView(new ExemptionUseCases(new ListExemptions(repository, registrants, actor),
                new AddExemption(repository, registrants, types, actor, CLOCK), new EndExemption(repository, actor),
                new RemoveExemption(repository, actor), new ListSessionTypes(types, actor)), CLOCK));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<ExemptionRow> grid() {
        return _get(Grid.class, spec -> spec.withId("exemptions-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerAddsAnAreaExemptionEndsItEarlyAndRemovesItAfterConfirming() {
        _click(_get(Button.class, spec -> spec.withId("add-exemption")));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("exemption-areas")), Set.of("North"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("exemption-from")), LocalDate.of(2026, 11, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("exemption-to")), LocalDate.of(2026, 11, 9));
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "Typhoon emergency");
        _click(_get(Button.class, spec -> spec.withId("save-exemption")));

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Typhoon emergency", "Area: North", "All session types",
                "3 Nov 2026", "9 Nov 2026");

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions").getChildren()
                .filter(child -> child.getId().orElse("").startsWith("end-exemption-")).findFirst().orElseThrow());
        assertThat(_get(DatePicker.class, spec -> spec.withId("end-exemption-last-day")).getValue())
                .as("today, inside it").isEqualTo(LocalDate.of(2026, 11, 5));
        _click(_get(Button.class, spec -> spec.withId("confirm-end-exemption")));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("5 Nov 2026");

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions").getChildren()
                .filter(child -> child.getId().orElse("").startsWith("remove-exemption-")).findFirst().orElseThrow());
        assertThat(GridKt._size(grid())).as("nothing removed before confirming").isEqualTo(1);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-remove-exemption"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownExternalIdsAreShownAtTheFieldAndWhatWasTypedStays() {
        _click(_get(Button.class, spec -> spec.withId("add-exemption")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("exemption-who")), AddExemptionDialog.REGISTRANTS);
        TextArea ids = _get(TextArea.class, spec -> spec.withId("exemption-external-ids"));
        _setValue(ids, "R-1, R-404");
        _setValue(_get(TextField.class, spec -> spec.withId("exemption-reason")), "In hospital");
        _click(_get(Button.class, spec -> spec.withId("save-exemption")));

        assertThat(ids.isInvalid()).isTrue();
        assertThat(ids.getErrorMessage()).isEqualTo("No registrant has the external id 'R-404'");
        assertThat(ids.getValue()).isEqualTo("R-1, R-404");
        assertThat(GridKt._size(grid())).isZero();
    }
}
