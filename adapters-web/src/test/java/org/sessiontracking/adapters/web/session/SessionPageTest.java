package org.sessiontracking.adapters.web.session;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.layout.ViewTitle;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase.Facilitator;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

class SessionPageTest {

    private final SessionScreensFixture fixture = new SessionScreensFixture();
    private final List<SessionTabContext> tabRequests = new ArrayList<>();
    private boolean attendanceUnsaved;

    /** Stands for the Attendance tab: it may hold edits not saved yet. */
    private final class AttendanceStandIn extends Span implements UnsavedWork {
        AttendanceStandIn(String text) {
            super(text);
        }

        @Override
        public boolean hasUnsavedChanges() {
            return attendanceUnsaved;
        }
    }

    private final SessionTabProvider attendanceTab = new SessionTabProvider() {
        @Override
        public String label() {
            return "Attendance";
        }

        @Override
        public Component create(SessionTabContext session) {
            tabRequests.add(session);
            return new AttendanceStandIn("attendance of " + session.title());
        }
    };
    private SessionPage page;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        page = new SessionPage(fixture.useCases, List.of(attendanceTab));
        UI.getCurrent().add(page);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private void fillStepTwo(SessionType type, String location) {
        ComboBox<SessionType> types = comboBox("session-type");
        SessionType item = types.getListDataView().getItems()
                .filter(candidate -> candidate.id().equals(type.id())).findFirst().orElseThrow();
        _setValue(types, item);
        _setValue(_get(DatePicker.class, spec -> spec.withId("session-date")), LocalDate.of(2026, 3, 12));
        _setValue(_get(TextField.class, spec -> spec.withId("session-location")), location);
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withId("save-session")));
    }

    private Session open(Session session) {
        page.show(fixture.useCases.get().get(session.id()).orElseThrow());
        return session;
    }

    @Test
    void staffScheduleASessionAsInStepTwoAndItsTabsAppear() {
        page.showNew();
        assertThat(_get(TabSheet.class, spec -> spec.withId("session-tabs")).getTabCount()).isEqualTo(1);
        fillStepTwo(fixture.meeting, "Barangay 12");
        assertThat(comboBox("session-facilitator").getValue()).isEqualTo(
                new Facilitator(fixture.fe.id(), "Fe Dela Cruz", true));
        save();

        assertThat(fixture.sessions.count(SessionFilter.ALL)).isEqualTo(1);
        Session stored = fixture.sessions.list(SessionFilter.ALL, org.sessiontracking.application.common.PageRequest
                .first(1)).stream().findFirst().flatMap(row -> fixture.sessions.findById(row.id())).orElseThrow();
        assertThat(stored.title()).isEqualTo("MEETING - March 2026 - Barangay 12");
        assertThat(stored.facilitator()).contains(fixture.fe.id());
        assertThat(_get(H2.class, spec -> spec.withId("session-heading")).getText())
                .isEqualTo("MEETING - March 2026 - Barangay 12");
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("session-tabs"));
        assertThat(tabs.getTabCount()).isEqualTo(2);
        assertThat(tabs.getTabAt(1).getLabel()).isEqualTo("Attendance");
        assertThat(tabRequests).extracting(SessionTabContext::id).containsExactly(stored.id());
    }

    @Test
    void onceANewSessionIsSavedTheHeaderNamesItInsteadOfNewSession() {
        // the frame's header (MainLayout's title; the frame itself needs Spring's menu access control)
        ViewTitle header = new ViewTitle();
        UI.getCurrent().add(header);
        page.showNew();
        header.show(page); // as MainLayout does after the navigation to sessions/new
        assertThat(_get(Span.class, spec -> spec.withId("view-title")).getText()).isEqualTo("New session");

        fillStepTwo(fixture.meeting, "Barangay 12");
        save();

        assertThat(_get(Span.class, spec -> spec.withId("view-title")).getText())
                .isEqualTo("MEETING - March 2026 - Barangay 12");
        assertThat(_get(H2.class, spec -> spec.withId("session-heading")).getText())
                .isEqualTo("MEETING - March 2026 - Barangay 12");
        assertThat(page.getPageTitle()).isEqualTo("MEETING - March 2026 - Barangay 12");
    }

    @Test
    void theTopicFieldAppearsOnlyForTypesThatTrackTopicsAndIsThenRequired() {
        page.showNew();
        fillStepTwo(fixture.meeting, "Hall");
        assertThat(_find(ComboBox.class, spec -> spec.withId("session-topic"))).isEmpty();
        fillStepTwo(fixture.fds, "Hall");
        assertThat(comboBox("session-topic").isVisible()).isTrue();
        ComboBox<Topic> topics = comboBox("session-topic");
        assertThat(topics.getListDataView().getItems().map(Topic::name)).containsExactly("Nutrition", "Health");
        save();

        assertThat(comboBox("session-topic").isInvalid()).isTrue();
        assertThat(comboBox("session-topic").getErrorMessage()).isEqualTo("Topic is required for this session type");
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isZero();
        assertThat(_get(TextField.class, spec -> spec.withId("session-location")).getValue()).isEqualTo("Hall");
    }

    @Test
    void anEndTimeBeforeTheStartIsShownNextToTheEndTimeAndNothingIsLost() {
        page.showNew();
        fillStepTwo(fixture.meeting, "Barangay 12");
        _setValue(_get(TimePicker.class, spec -> spec.withId("session-start-time")), LocalTime.of(10, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("session-end-time")), LocalTime.of(9, 0));
        save();

        TimePicker end = _get(TimePicker.class, spec -> spec.withId("session-end-time"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("End time must be after the start time");
        assertThat(end.getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(fixture.sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void aFacilitatorEditsTheirSessionAndTheDefaultTitleFollowsTheLocation() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).location("Barangay 12").build()));
        assertThat(_get(TextField.class, spec -> spec.withId("session-title")).getValue()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("session-location")), "Chapel");
        save();

        Session stored = fixture.sessions.findById(session.id()).orElseThrow();
        assertThat(stored.location()).isEqualTo("Chapel");
        assertThat(stored.title()).isEqualTo("MEETING - March 2026 - Chapel");
        assertThat(stored.version().value()).isEqualTo(1);
    }

    @Test
    void otherStaffSeeASessionReadOnlyWithoutSaveOrStatusActions() {
        open(fixture.store(fixture.jun, fixture.meeting, aSessionPlan().facilitator(fixture.jun.id()).build()));
        assertThat(_get(TextField.class, spec -> spec.withId("session-location")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-session"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("start-session"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText())
                .isEqualTo("Only the session's facilitators, managers and administrators can change it.");
    }

    @Test
    void theFacilitatorStartsAndCompletesTheSession() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).build()));
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        _click(_get(Button.class, spec -> spec.withId("complete-session")));
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(_find(Button.class, spec -> spec.withId("cancel-session"))).isEmpty();
    }

    @Test
    void aStatusChangeWaitsWhileAnotherTabHoldsUnsavedWork() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).build()));
        int tabsBuilt = tabRequests.size();
        attendanceUnsaved = true;
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(tabRequests).hasSize(tabsBuilt);
        NotificationsKt.expectNotifications("The Attendance tab has changes that are not saved yet. "
                + "Save them (or undo them) first, then change the session.");

        attendanceUnsaved = false;
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void cancellingASessionWithAttendanceAsksForAReasonAndThenForConfirmation() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).build()));
        fixture.attendance.setRecords(session.id(), 3);
        page.show(fixture.useCases.get().get(session.id()).orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("cancel-session")));
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("cancel-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Reason for cancelling is required");

        _setValue(reason, "Typhoon warning");
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("cancel-attendance-warning")).getText())
                .startsWith("This session already has 3 attendance records.");
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.SCHEDULED);

        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        Session cancelled = fixture.sessions.findById(session.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("Typhoon warning");
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText())
                .isEqualTo("Cancelled: Typhoon warning");
        assertThat(tabRequests.getLast().status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void theHeaderCountFollowsWhenTheAttendanceTabStoresWithoutRebuildingTheTabs() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).location("Barangay 12").build()));
        assertThat(_get(Span.class, spec -> spec.withId("session-attendance-count")).getText())
                .isEqualTo("0 attendance records");
        int tabsBuilt = tabRequests.size();
        _setValue(_get(TextField.class, spec -> spec.withId("session-location")), "Chapel");

        fixture.attendance.setRecords(session.id(), 1);
        tabRequests.getLast().onStored().run();
        assertThat(_get(Span.class, spec -> spec.withId("session-attendance-count")).getText())
                .isEqualTo("1 attendance record");
        fixture.attendance.setRecords(session.id(), 12);
        tabRequests.getLast().onStored().run();
        assertThat(_get(Span.class, spec -> spec.withId("session-attendance-count")).getText())
                .isEqualTo("12 attendance records");

        assertThat(tabRequests).as("the tabs, and their unsaved work, stay").hasSize(tabsBuilt);
        assertThat(_get(TextField.class, spec -> spec.withId("session-location")).getValue()).isEqualTo("Chapel");
        assertThat(_find(Button.class, spec -> spec.withId("start-session"))).hasSize(1);
        save();
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().location()).isEqualTo("Chapel");
    }

    @Test
    void savingOverSomeoneElsesChangeKeepsTheInputAndOffersTheirVersion() {
        Session session = open(fixture.store(fixture.fe, fixture.meeting, aSessionPlan()
                .facilitator(fixture.fe.id()).location("Barangay 12").build()));
        fixture.useCases.start().start(new org.sessiontracking.application.session.port.in.SessionVersion(
                session.id(), session.version()));

        _setValue(_get(TextField.class, spec -> spec.withId("session-location")), "Chapel");
        save();

        Div conflict = _get(Div.class, spec -> spec.withId("session-conflict"));
        assertThat(_get(conflict, Span.class).getText()).contains("was changed by someone else");
        assertThat(_get(TextField.class, spec -> spec.withId("session-location")).getValue()).isEqualTo("Chapel");
        assertThat(fixture.sessions.findById(session.id()).orElseThrow().location()).isEqualTo("Barangay 12");

        _click(_get(Button.class, spec -> spec.withId("reload-session")));
        assertThat(_get(TextField.class, spec -> spec.withId("session-location")).getValue()).isEqualTo("Barangay 12");
        assertThat(_find(Button.class, spec -> spec.withId("complete-session"))).hasSize(1);
    }

    @Test
    void viewersOpenTheNewSessionPageReadOnly() {
        fixture.actor.switchTo(fixture.vic.asActor());
        page.showNew();
        assertThat(_find(Button.class, spec -> spec.withId("save-session"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("session-notice")).getText())
                .isEqualTo("Your role (Viewer) cannot create sessions.");
    }
}
