package org.sessiontracking.adapters.web.enrolment;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository;
import org.sessiontracking.application.enrolment.usecase.AddEnrolment;
import org.sessiontracking.application.enrolment.usecase.EndEnrolment;
import org.sessiontracking.application.enrolment.usecase.ListEnrolments;
import org.sessiontracking.application.enrolment.usecase.RemoveEnrolment;
import org.sessiontracking.application.registrant.InMemoryRegistrants;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.sessiontype.usecase.ListSessionTypes;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.registrant.RegistrantBuilder;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeBuilder;
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

class EnrolmentViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryEnrolmentRepository repository = new InMemoryEnrolmentRepository();
    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final FixedActor actor = FixedActor.signedIn(Role.MANAGER);
    private final SessionType fds = SessionTypeBuilder.aSessionType().id(1).name("Family Development Session")
            .code(null).build();

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        types.add(fds);
        registrants.add(RegistrantBuilder.aRegistrant().id(11).externalId("R-1").area("North").build());
        UI.getCurrent().add(new EnrolmentView(new EnrolmentUseCases(new ListEnrolments(repository, registrants, actor),
                new AddEnrolment(repository, registrants, types, actor, CLOCK), new EndEnrolment(repository, actor),
                new RemoveEnrolment(repository, actor), new ListSessionTypes(types, actor)), CLOCK));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<EnrolmentRow> grid() {
        return _get(Grid.class, spec -> spec.withId("enrolments-grid"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerEnrolsAnAreaEndsTheEnrolmentAndRemovesItAfterConfirming() {
        _click(_get(Button.class, spec -> spec.withId("add-enrolment")));
        _setValue(_get(Select.class, spec -> spec.withId("enrolment-type")), fds);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("enrolment-areas")), Set.of("North"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("enrolment-from")), LocalDate.of(2026, 11, 1));
        _click(_get(Button.class, spec -> spec.withId("save-enrolment")));

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Area: North", "1 Nov 2026", "open");

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions").getChildren()
                .filter(child -> child.getId().orElse("").startsWith("end-enrolment-")).findFirst().orElseThrow());
        assertThat(_get(DatePicker.class, spec -> spec.withId("end-enrolment-last-day")).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 5));
        _click(_get(Button.class, spec -> spec.withId("confirm-end-enrolment")));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("5 Nov 2026");

        _click((Button) GridKt._getCellComponent(grid(), 0, "actions").getChildren()
                .filter(child -> child.getId().orElse("").startsWith("remove-enrolment-")).findFirst().orElseThrow());
        assertThat(GridKt._size(grid())).as("nothing removed before confirming").isEqualTo(1);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, spec -> spec.withId("confirm-remove-enrolment")));
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongHouseholdIdIsShownAtTheFieldAndWhatWasTypedStays() {
        _click(_get(Button.class, spec -> spec.withId("add-enrolment")));
        _setValue(_get(Select.class, spec -> spec.withId("enrolment-type")), fds);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("enrolment-who")), AddEnrolmentDialog.HOUSEHOLDS);
        TextArea ids = _get(TextArea.class, spec -> spec.withId("enrolment-external-ids"));
        _setValue(ids, "R-1");
        _click(_get(Button.class, spec -> spec.withId("save-enrolment")));

        assertThat(ids.isInvalid()).isTrue();
        assertThat(ids.getErrorMessage()).isEqualTo("'R-1' is not a household: list individuals as registrants instead");
        assertThat(ids.getValue()).isEqualTo("R-1");
        assertThat(GridKt._size(grid())).isZero();
    }
}
