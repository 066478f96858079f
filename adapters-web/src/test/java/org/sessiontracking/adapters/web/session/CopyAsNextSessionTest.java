package org.sessiontracking.adapters.web.session;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase.Facilitator;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.adapters.web.session.SessionScreensFixture.comboBox;
import static org.sessiontracking.adapters.web.session.SessionScreensFixture.textField;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/** "Copy as next session": a new session prefilled from one, with the type's next topic (user guide, use case 2). */
class CopyAsNextSessionTest {

    private final SessionScreensFixture fixture = new SessionScreensFixture();
    private final SessionType skills = fixture.addType(SessionType.create(fixture.types.nextId(),
            aSessionType().name("Skills Training").code(null).frequency(Frequency.ONE_TIME).details(), true,
            List.of(new Topic(fixture.types.nextTopicId(), "Module 1", true),
                    new Topic(fixture.types.nextTopicId(), "Module 2", true),
                    new Topic(fixture.types.nextTopicId(), "Module 3", true))));
    private SessionPage page;

    /** Stands for the session page's route, so that the test sees where the copy action goes. */
    @Route("sessions/:" + SessionPage.ID_PARAMETER)
    public static final class SessionAddress extends Div {
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(SessionAddress.class)), new HashSet<>(), true));
        page = new SessionPage(fixture.useCases, List.of());
        UI.getCurrent().add(page);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** What the router does on opening (or reloading) the address. */
    private void enter(String sessionId, QueryParameters query) {
        page.beforeEnter(new BeforeEnterEvent(UI.getCurrent().getInternals().getRouter(),
                NavigationTrigger.PAGE_LOAD, new Location("sessions/" + sessionId, query), SessionPage.class,
                new RouteParameters(SessionPage.ID_PARAMETER, sessionId), UI.getCurrent(), List.of()));
    }

    private Session firstModule() {
        return fixture.store(fixture.fe, skills, aSessionPlan().facilitator(fixture.fe.id())
                .coFacilitators(fixture.jun.id()).externalFacilitators("Maria Santos (Partner NGO)")
                .topic(skills.topics().getFirst().id()).date(LocalDate.of(2026, 11, 5))
                .times(LocalTime.of(9, 0), LocalTime.of(12, 0)).location("Barangay 12 multipurpose hall")
                .area("North").notes("Bring the module 1 handouts").build());
    }

    @Test
    void theCopyOfAModuleHasTheNextTopicTheSamePlaceAndPeopleAndIsStoredOnlyOnSave() {
        Session module1 = firstModule();
        enter(Long.toString(module1.id().value()), QueryParameters.empty());
        _click(_get(Button.class, spec -> spec.withId("copy-as-next-session")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("sessions/new?copyOf=" + module1.id().value());

        enter(SessionPage.NEW, QueryParameters.of(SessionPage.COPY_OF, Long.toString(module1.id().value())));

        assertThat(comboBox("session-type").getValue()).extracting(type -> ((SessionType) type).id())
                .isEqualTo(skills.id());
        assertThat(comboBox("session-topic").getValue()).extracting(topic -> ((Topic) topic).name())
                .isEqualTo("Module 2");
        assertThat(_get(DatePicker.class, spec -> spec.withId("session-date")).getValue())
                .as("a one-time type's next module is on a day only the user knows").isNull();
        assertThat(_get(TimePicker.class, spec -> spec.withId("session-start-time")).getValue())
                .isEqualTo(LocalTime.of(9, 0));
        assertThat(_get(TimePicker.class, spec -> spec.withId("session-end-time")).getValue())
                .isEqualTo(LocalTime.of(12, 0));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("session-duration")).getValue())
                .isEqualByComparingTo("3");
        assertThat(textField("session-location").getValue()).isEqualTo("Barangay 12 multipurpose hall");
        assertThat(textField("session-area").getValue()).isEqualTo("North");
        assertThat(comboBox("session-facilitator").getValue())
                .isEqualTo(new Facilitator(fixture.fe.id(), "Fe Dela Cruz", true));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Facilitator> co = _get(MultiSelectComboBox.class,
                spec -> spec.withId("session-co-facilitators"));
        assertThat(co.getValue()).extracting(Facilitator::name).containsExactly("Jun Bautista");
        assertThat(textField("session-external-facilitators").getValue()).isEqualTo("Maria Santos (Partner NGO)");
        assertThat(_get(TextArea.class, spec -> spec.withId("session-notes")).getValue()).isEmpty();
        assertThat(textField("session-title").getValue()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText()).isEqualTo(
                "Copied from 'Skills Training - Module 1 - November 2026 - Barangay 12 multipurpose hall': "
                        + "next topic Module 2, choose the date. Nothing is saved until you press Save.");
        assertThat(fixture.sessions.count(SessionFilter.ALL)).as("nothing stored before Save").isEqualTo(1);

        _setValue(_get(DatePicker.class, spec -> spec.withId("session-date")), LocalDate.of(2026, 11, 12));
        assertThat(textField("session-title").getPlaceholder())
                .isEqualTo("Skills Training - Module 2 - November 2026 - Barangay 12 multipurpose hall");
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        assertThat(fixture.sessions.count(SessionFilter.ALL)).isEqualTo(2);
        Session module2 = fixture.sessions.findById(fixture.sessions.list(SessionFilter.ALL, PageRequest.first(1))
                .getFirst().id()).orElseThrow();
        assertThat(module2.id()).isNotEqualTo(module1.id());
        assertThat(module2.title()).isEqualTo("Skills Training - Module 2 - November 2026 - Barangay 12 multipurpose hall");
        assertThat(module2.topic()).contains(skills.topics().get(1).id());
        assertThat(module2.coFacilitators()).containsExactly(fixture.jun.id());
        assertThat(module2.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)");
        assertThat(module2.notes()).isEmpty();
        assertThat(fixture.sessions.findById(module1.id()).orElseThrow().plan()).as("the original is untouched")
                .isEqualTo(module1.plan());
    }

    @Test
    void theCopyOfARecurringSessionIsOnTheNextDateOfItsFrequency() {
        Session march = fixture.store(fixture.fe, fixture.fds, aSessionPlan().facilitator(fixture.fe.id())
                .topic(fixture.nutrition().id()).date(LocalDate.of(2026, 3, 31)).build());
        enter(SessionPage.NEW, QueryParameters.of(SessionPage.COPY_OF, Long.toString(march.id().value())));
        assertThat(_get(DatePicker.class, spec -> spec.withId("session-date")).getValue())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(comboBox("session-topic").getValue()).extracting(topic -> ((Topic) topic).name())
                .isEqualTo("Health");
        assertThat(textField("session-title").getPlaceholder()).isEqualTo("FDS - Health - April 2026 - Barangay 12");
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText())
                .contains("next topic Health, next monthly date.");
    }

    @Test
    void copyingAnUnknownSessionSaysSoAndOpensAnEmptyForm() {
        enter(SessionPage.NEW, QueryParameters.of(SessionPage.COPY_OF, "424242"));
        NotificationsKt.expectNotifications("Session 424242 does not exist: nothing to copy");
        assertThat(comboBox("session-type").getValue()).isNull();
        assertThat(textField("session-location").getValue()).isEmpty();
    }

    @Test
    void viewersSeeNoCopyAction() {
        Session module1 = firstModule();
        fixture.actor.switchTo(fixture.vic.asActor());
        enter(Long.toString(module1.id().value()), QueryParameters.empty());
        assertThat(_find(Button.class, spec -> spec.withId("copy-as-next-session"))).isEmpty();
    }
}
