package org.sessiontracking.adapters.web.session;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

class SeriesDialogTest {

    private final SessionScreensFixture fixture = new SessionScreensFixture();
    private final List<Session> scheduled = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        new SeriesDialog(fixture.useCases, fixture.fds, aSessionPlan().facilitator(fixture.fe.id())
                .topic(fixture.nutrition().id()).date(LocalDate.of(2027, 1, 31)).build(), scheduled::addAll).open();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private List<String> shownDates() {
        return _get(VerticalLayout.class, spec -> spec.withId("series-dates")).getChildren()
                .map(child -> ((Span) child).getText()).toList();
    }

    @Test
    void showsTheMonthlyDatesBeforeAnythingIsStored() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-count")), 3);
        assertThat(shownDates()).containsExactly("Sun 31 Jan 2027", "Sun 28 Feb 2027", "Wed 31 Mar 2027");
        assertThat(_get(Button.class, spec -> spec.withId("confirm-series")).getText())
                .isEqualTo("Schedule 3 sessions");
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void confirmingStoresEveryShownDate() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> ends = _get(RadioButtonGroup.class, spec -> spec.withId("series-ends"));
        _setValue(ends, SeriesDialog.UNTIL_DATE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-end")), LocalDate.of(2027, 4, 30));
        assertThat(shownDates()).hasSize(4);
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));

        assertThat(fixture.sessions.count(SessionFilter.ALL)).isEqualTo(4);
        assertThat(scheduled).extracting(Session::title).containsExactly(
                "FDS - Nutrition - January 2027 - Barangay 12", "FDS - Nutrition - February 2027 - Barangay 12",
                "FDS - Nutrition - March 2027 - Barangay 12", "FDS - Nutrition - April 2027 - Barangay 12");
    }

    @Test
    void aSeriesOverTheCapIsExplainedAndCannotBeConfirmed() {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> ends = _get(RadioButtonGroup.class, spec -> spec.withId("series-ends"));
        _setValue(ends, SeriesDialog.UNTIL_DATE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-end")), LocalDate.of(2050, 1, 1));
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("series-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).startsWith("A series can have at most 200 sessions");
        assertThat(_get(Button.class, spec -> spec.withId("confirm-series")).isEnabled()).isFalse();
    }

    @Test
    void anEndBeforeTheStartLeavesNoCountOnTheDisabledButton() {
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-count")), 6);
        Button confirm = _get(Button.class, spec -> spec.withId("confirm-series"));
        assertThat(confirm.getText()).isEqualTo("Schedule 6 sessions");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> ends = _get(RadioButtonGroup.class, spec -> spec.withId("series-ends"));
        _setValue(ends, SeriesDialog.UNTIL_DATE);
        _setValue(_get(DatePicker.class, spec -> spec.withId("series-end")), LocalDate.of(2027, 1, 1));

        assertThat(_get(DatePicker.class, spec -> spec.withId("series-end")).isInvalid()).isTrue();
        assertThat(confirm.isEnabled()).isFalse();
        assertThat(confirm.getText()).isEqualTo("Schedule sessions");
        assertThat(shownDates()).isEmpty();
    }

    @Test
    void theTopicsCanBeTakenInTurnStartingWithTheFormsTopic() {
        Checkbox rotate = _get(Checkbox.class, spec -> spec.withId("series-rotate-topics"));
        assertThat(rotate.isVisible()).isTrue();
        List<String> names = fixture.fds.offeredTopics().stream().map(Topic::name).toList();
        _setValue(_get(IntegerField.class, spec -> spec.withId("series-count")), names.size() + 1);
        assertThat(shownDates()).first().asString().doesNotContain("·");

        _setValue(rotate, true);
        List<String> shown = shownDates();
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)).endsWith(" · " + names.get(i % names.size()));
        }
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));
        assertThat(scheduled).extracting(session -> session.topic().orElseThrow()).containsExactlyElementsOf(
                fixture.fds.topicRotation(Optional.of(fixture.nutrition().id()), names.size() + 1).stream()
                        .map(Topic::id).toList());
    }
}
