package org.sessiontracking.application.session;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.in.EditSessionUseCase;
import org.sessiontracking.application.session.port.in.GetSessionUseCase.SessionView;
import org.sessiontracking.application.session.port.in.ListFacilitatorsUseCase.Facilitator;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase.Scope;
import org.sessiontracking.application.session.port.in.PreviewSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSeriesUseCase;
import org.sessiontracking.application.session.port.in.ScheduleSessionUseCase;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.application.session.usecase.CancelSession;
import org.sessiontracking.application.session.usecase.CompleteSession;
import org.sessiontracking.application.session.usecase.EditSession;
import org.sessiontracking.application.session.usecase.GetSession;
import org.sessiontracking.application.session.usecase.ListFacilitators;
import org.sessiontracking.application.session.usecase.ListSessions;
import org.sessiontracking.application.session.usecase.PreviewSeries;
import org.sessiontracking.application.session.usecase.ScheduleSeries;
import org.sessiontracking.application.session.usecase.ScheduleSession;
import org.sessiontracking.application.session.usecase.StartSession;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.SeriesSchedule;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionPlanBuilder;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;

class SessionUseCasesTest {

    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionAttendance attendance = new InMemorySessionAttendance();
    private final InMemorySessionRepository sessions = new InMemorySessionRepository(types, users, attendance);

    private final User fe = addUser("fe.cruz", "Fe Dela Cruz", Role.STAFF);
    private final User jun = addUser("jun.b", "Jun Bautista", Role.STAFF);
    private final User mara = addUser("mara", "Mara Lim", Role.MANAGER);
    private final User vic = addUser("vic", "Vic Viewer", Role.VIEWER);
    private final FixedActor actor = FixedActor.signedIn(fe.asActor());

    private final SessionType fds = addType(SessionType.create(types.nextId(),
            org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType().details(), true,
            List.of(new Topic(types.nextTopicId(), "Nutrition", true), new Topic(types.nextTopicId(), "Health", true))));
    private final TopicId nutrition = fds.topics().getFirst().id();

    private final ScheduleSession schedule = new ScheduleSession(sessions, types, users, actor);
    private final EditSession edit = new EditSession(sessions, types, users, actor);
    private final StartSession start = new StartSession(sessions, types, users, actor);
    private final CompleteSession complete = new CompleteSession(sessions, types, users, actor);
    private final CancelSession cancel = new CancelSession(sessions, types, users, attendance, actor);
    private final ListSessions list = new ListSessions(sessions, actor);
    private final GetSession get = new GetSession(sessions, attendance, actor);

    private User addUser(String username, String name, Role role) {
        User user = User.create(users.nextId(), new Username(username), name, "hash", role);
        users.add(user);
        return users.findById(user.id()).orElseThrow();
    }

    private SessionType addType(SessionType type) {
        types.add(type);
        return types.findById(type.id()).orElseThrow();
    }

    private SessionPlanBuilder plan() {
        return aSessionPlan().facilitator(fe.id()).topic(nutrition);
    }

    private Session scheduleAs(User who, SessionPlanBuilder plan) {
        actor.switchTo(who.asActor());
        Session session = schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(), plan.build()));
        actor.switchTo(fe.asActor());
        return session;
    }

    private static SessionVersion seen(Session session) {
        return new SessionVersion(session.id(), session.version());
    }

    @Test
    void staffScheduleASessionAsInStepTwo() {
        Session session = schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(),
                plan().location("Barangay 12").date(LocalDate.of(2026, 3, 12)).build()));
        assertThat(session.title()).isEqualTo("FDS - Nutrition - March 2026 - Barangay 12");
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(sessions.findById(session.id())).isPresent();
        assertThat(list.count(Scope.ALL, SessionFilter.ALL)).isEqualTo(1);
    }

    @Test
    void viewersCannotScheduleSessions() {
        actor.switchTo(vic.asActor());
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(), plan().build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void theFacilitatorMustBeAnActiveUser() {
        User gone = addUser("gone", "Gone Person", Role.STAFF);
        gone.deactivate(mara.id());
        users.update(gone);
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(),
                plan().facilitator(gone.id()).build())))
                .isInstanceOf(DomainException.class)
                .hasMessage("Gone Person is deactivated and cannot run sessions")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("facilitator"));
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(),
                plan().coFacilitators(new org.sessiontracking.domain.user.UserId(999)).build())))
                .hasMessage("User 999 does not exist");
    }

    @Test
    void aViewerCannotBeTheFacilitator() {
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(),
                plan().facilitator(vic.id()).build())))
                .hasMessage("Vic Viewer is a Viewer and cannot run sessions");
        assertThat(sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void staffEditOnlyTheSessionsTheyRunAndManagersEditAll() {
        Session juns = scheduleAs(jun, plan().facilitator(jun.id()));
        EditSessionUseCase.Command change = new EditSessionUseCase.Command(seen(juns), fds.id(),
                plan().facilitator(jun.id()).notes("changed").build());
        assertThatThrownBy(() -> edit.edit(change))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only change sessions you facilitate or co-facilitate");
        assertThat(sessions.findById(juns.id()).orElseThrow().notes()).isEmpty();

        actor.switchTo(mara.asActor());
        assertThat(edit.edit(change).notes()).isEqualTo("changed");
    }

    @Test
    void aCoFacilitatorMayEditAndAViewerMayNot() {
        Session session = scheduleAs(jun, plan().facilitator(jun.id()).coFacilitators(fe.id()));
        Session edited = edit.edit(new EditSessionUseCase.Command(seen(session), fds.id(),
                plan().facilitator(jun.id()).coFacilitators(fe.id()).location("Chapel").build()));
        assertThat(edited.title()).isEqualTo("FDS - Nutrition - March 2026 - Chapel");
        assertThat(edited.version().value()).isEqualTo(1);

        actor.switchTo(vic.asActor());
        assertThatThrownBy(() -> start.start(seen(edited))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSessionRunByAnExternalFacilitatorIsChangedOnlyByManagersAndItsUserCoFacilitators() {
        Session partners = scheduleAs(mara, plan().facilitator(null).externalFacilitators("Fe Dela Cruz (NGO)")
                .coFacilitators(jun.id()));
        assertThat(partners.facilitator()).isEmpty();
        assertThat(partners.externalFacilitators()).containsExactly("Fe Dela Cruz (NGO)");

        EditSessionUseCase.Command change = new EditSessionUseCase.Command(seen(partners), fds.id(),
                plan().facilitator(null).externalFacilitators("Fe Dela Cruz (NGO)").coFacilitators(jun.id())
                        .notes("changed").build());
        assertThat(get.get(partners.id()).orElseThrow().changeable())
                .as("Fe is Staff and shares the external facilitator's name, but is not among the user facilitators")
                .isFalse();
        assertThatThrownBy(() -> edit.edit(change)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only change sessions you facilitate or co-facilitate");
        assertThatThrownBy(() -> start.start(seen(partners))).isInstanceOf(AccessDeniedException.class);
        assertThat(list.count(Scope.MINE, SessionFilter.ALL)).isZero();

        actor.switchTo(jun.asActor());
        assertThat(list.count(Scope.MINE, SessionFilter.ALL)).isEqualTo(1);
        Session edited = edit.edit(change);
        assertThat(edited.notes()).isEqualTo("changed");
        actor.switchTo(mara.asActor());
        assertThat(start.start(seen(edited)).status()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void aSessionNeedsAUserFacilitatorOrAnExternalOne() {
        assertThatThrownBy(() -> schedule.schedule(new ScheduleSessionUseCase.Command(fds.id(),
                plan().facilitator(null).coFacilitators(jun.id()).build())))
                .hasMessage("Facilitator is required: choose a user, or name an external facilitator");
        assertThat(sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        Session session = scheduleAs(fe, plan());
        start.start(seen(session));
        assertThatThrownBy(() -> edit.edit(new EditSessionUseCase.Command(seen(session), fds.id(),
                plan().notes("stale").build())))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasMessageStartingWith("Session 'FDS - Nutrition - March 2026 - Barangay 12' was changed by someone else");
    }

    @Test
    void aSessionIsStartedThenCompleted() {
        Session session = scheduleAs(fe, plan());
        Session started = start.start(seen(session));
        assertThat(started.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        Session completed = complete.complete(seen(started));
        assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThatThrownBy(() -> start.start(seen(completed)))
                .hasMessage("Only a scheduled session can be started; this one is Completed");
    }

    @Test
    void cancellingASessionWithAttendanceNeedsConfirmationAndChangesNothingUntilConfirmed() {
        Session session = scheduleAs(fe, plan());
        attendance.setRecords(session.id(), 4);

        CancelSessionUseCase.Outcome asked = cancel.cancel(new CancelSessionUseCase.Command(seen(session),
                "Typhoon", false));
        assertThat(asked).isEqualTo(new CancelSessionUseCase.ConfirmationNeeded(4));
        assertThat(sessions.findById(session.id()).orElseThrow().status()).isEqualTo(SessionStatus.SCHEDULED);

        CancelSessionUseCase.Outcome done = cancel.cancel(new CancelSessionUseCase.Command(seen(session),
                "Typhoon", true));
        Session cancelled = ((CancelSessionUseCase.Cancelled) done).session();
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("Typhoon");
    }

    @Test
    void cancellingWithoutAttendanceNeedsNoConfirmationButAReason() {
        Session session = scheduleAs(fe, plan());
        assertThatThrownBy(() -> cancel.cancel(new CancelSessionUseCase.Command(seen(session), "", false)))
                .hasMessage("Reason for cancelling is required");
        assertThat(cancel.cancel(new CancelSessionUseCase.Command(seen(session), "No venue", false)))
                .isInstanceOf(CancelSessionUseCase.Cancelled.class);
    }

    @Test
    void aCompletedSessionCannotBeCancelledEvenWithConfirmationPending() {
        Session session = scheduleAs(fe, plan());
        attendance.setRecords(session.id(), 2);
        Session done = complete.complete(seen(start.start(seen(session))));
        assertThatThrownBy(() -> cancel.cancel(new CancelSessionUseCase.Command(seen(done), "late", false)))
                .hasMessage("Only a scheduled session or one in progress can be cancelled; this one is Completed");
    }

    @Test
    void previewShowsTheSeriesDatesFromTheTypesFrequency() {
        PreviewSeries preview = new PreviewSeries(types, actor);
        assertThat(preview.preview(new PreviewSeriesUseCase.Command(fds.id(),
                SeriesSchedule.times(LocalDate.of(2026, 1, 31), 3))))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
        assertThat(fds.details().frequency()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void aSeriesStoresOneSessionPerDateWithItsOwnTitle() {
        ScheduleSeries series = new ScheduleSeries(sessions, types, users, actor);
        List<Session> created = series.schedule(new ScheduleSeriesUseCase.Command(fds.id(), plan().build(),
                SeriesSchedule.until(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 31))));
        assertThat(created).extracting(Session::title).containsExactly(
                "FDS - Nutrition - October 2026 - Barangay 12", "FDS - Nutrition - November 2026 - Barangay 12",
                "FDS - Nutrition - December 2026 - Barangay 12");
        assertThat(created).extracting(Session::date).containsExactly(LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
        assertThat(sessions.count(SessionFilter.ALL)).isEqualTo(3);
    }

    @Test
    void aSeriesCanTakeTheTypesTopicsInTurn() {
        ScheduleSeries series = new ScheduleSeries(sessions, types, users, actor);
        TopicId health = fds.topics().get(1).id();
        List<Session> created = series.schedule(new ScheduleSeriesUseCase.Command(fds.id(), plan().topic(health)
                .build(), SeriesSchedule.times(LocalDate.of(2026, 1, 15), 3), true));
        assertThat(created).extracting(session -> session.topic().orElseThrow())
                .containsExactly(health, nutrition, health);
        assertThat(created).extracting(Session::title).as("each default title names its own topic").containsExactly(
                "FDS - Health - January 2026 - Barangay 12", "FDS - Nutrition - February 2026 - Barangay 12",
                "FDS - Health - March 2026 - Barangay 12");
        assertThat(series.schedule(new ScheduleSeriesUseCase.Command(fds.id(), plan().build(),
                SeriesSchedule.times(LocalDate.of(2026, 1, 15), 2), false)))
                .extracting(session -> session.topic().orElseThrow()).containsExactly(nutrition, nutrition);
        SessionType meeting = addType(SessionType.create(types.nextId(),
                org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType().name("Meeting").code("MTG")
                        .details(), false, List.of()));
        int before = sessions.count(SessionFilter.ALL);
        assertThatThrownBy(() -> series.schedule(new ScheduleSeriesUseCase.Command(meeting.id(),
                plan().topic(null).build(), SeriesSchedule.times(LocalDate.of(2026, 1, 15), 2), true)))
                .hasMessage("'Meeting' has no topics to rotate: it does not track topics");
        assertThat(sessions.count(SessionFilter.ALL)).isEqualTo(before);
    }

    @Test
    void aSeriesThatBreaksARuleStoresNothing() {
        ScheduleSeries series = new ScheduleSeries(sessions, types, users, actor);
        assertThatThrownBy(() -> series.schedule(new ScheduleSeriesUseCase.Command(fds.id(),
                plan().topic(null).build(), SeriesSchedule.times(LocalDate.of(2026, 1, 1), 5))))
                .hasMessage("Topic is required for 'Family Development Session' sessions");
        assertThatThrownBy(() -> series.schedule(new ScheduleSeriesUseCase.Command(fds.id(), plan().build(),
                SeriesSchedule.until(LocalDate.of(2026, 1, 1), LocalDate.of(2050, 1, 1)))))
                .hasMessageStartingWith("A series can have at most 200 sessions");
        assertThat(sessions.count(SessionFilter.ALL)).isZero();
    }

    @Test
    void mySessionsAreTheOnesISeeAsFacilitatorOrCoFacilitator() {
        Session mine = scheduleAs(fe, plan());
        Session coRun = scheduleAs(jun, plan().facilitator(jun.id()).coFacilitators(fe.id()));
        scheduleAs(jun, plan().facilitator(jun.id()));

        assertThat(list.count(Scope.ALL, SessionFilter.ALL)).isEqualTo(3);
        assertThat(list.list(Scope.MINE, SessionFilter.ALL, PageRequest.first(10))).extracting(SessionRow::id)
                .containsExactlyInAnyOrder(mine.id(), coRun.id());
        actor.switchTo(vic.asActor());
        assertThat(list.count(Scope.MINE, SessionFilter.ALL)).isZero();
    }

    @Test
    void openingASessionTellsWhetherIMayChangeItAndHowMuchAttendanceItHas() {
        Session juns = scheduleAs(jun, plan().facilitator(jun.id()));
        attendance.setRecords(juns.id(), 7);
        SessionView asFe = get.get(juns.id()).orElseThrow();
        assertThat(asFe.changeable()).isFalse();
        assertThat(asFe.attendanceRecords()).isEqualTo(7);
        actor.switchTo(mara.asActor());
        assertThat(get.get(juns.id()).orElseThrow().changeable()).isTrue();
    }

    @Test
    void facilitatorsAreTheActiveUsersPlusTheOnesAskedFor() {
        User gone = addUser("gone", "Gone Person", Role.STAFF);
        gone.deactivate(mara.id());
        users.update(gone);
        ListFacilitators facilitators = new ListFacilitators(users, actor);
        assertThat(facilitators.list(Set.of())).extracting(Facilitator::name)
                .containsExactly("Fe Dela Cruz", "Jun Bautista", "Mara Lim");
        assertThat(facilitators.list(Set.of(gone.id()))).extracting(Facilitator::name).contains("Gone Person");
    }
}
