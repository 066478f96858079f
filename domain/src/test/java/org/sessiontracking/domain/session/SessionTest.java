package org.sessiontracking.domain.session;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.Frequency;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeBuilder;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class SessionTest {

    private final SessionType fds = aSessionType().topics("Nutrition", "Education", "Health").build();
    private final TopicId nutrition = fds.topics().get(0).id();
    private final SessionType meeting = aSessionType().id(2).name("Group Meeting").code(null).withoutTopicTracking()
            .build();

    private Session scheduledFds() {
        return Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition).build());
    }

    private static SessionTypeBuilder typeWithoutCode() {
        return aSessionType().id(2).name("Group Meeting").code(null).withoutTopicTracking();
    }

    @Test
    void aNewSessionIsScheduledWithTheDefaultTitleFromCodeTopicMonthAndLocation() {
        Session session = scheduledFds();
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.title()).isEqualTo("FDS - Nutrition - March 2026 - Barangay 12");
        assertThat(session.version().value()).isZero();
    }

    @Test
    void theDefaultTitleUsesTheTypeNameWhenTheTypeHasNoCode() {
        Session session = Session.create(new SessionId(1), typeWithoutCode().build(),
                aSessionPlan().date(LocalDate.of(2026, 11, 30)).location("Covered court").build());
        assertThat(session.title()).isEqualTo("Group Meeting - November 2026 - Covered court");
    }

    @Test
    void aCustomTitleIsKeptAndABlankOneMeansTheDefault() {
        assertThat(Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition).title(" Kick-off ").build())
                .title()).isEqualTo("Kick-off");
        assertThat(Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition).title("   ").build())
                .title()).isEqualTo("FDS - Nutrition - March 2026 - Barangay 12");
    }

    @Test
    void theDurationDefaultsToTheTypesThenToTheTimesAndCanBeGiven() {
        assertThat(scheduledFds().durationHours()).isEqualByComparingTo("2");
        Session timed = Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition)
                .times(LocalTime.of(9, 0), LocalTime.of(10, 30)).build());
        assertThat(timed.durationHours()).isEqualByComparingTo("1.5");
        Session given = Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition)
                .times(LocalTime.of(9, 0), LocalTime.of(10, 30)).durationHours("1.25").build());
        assertThat(given.durationHours()).isEqualByComparingTo("1.25");
    }

    @Test
    void theEndTimeMustBeAfterTheStartTime() {
        assertThatThrownBy(() -> aSessionPlan().times(LocalTime.of(10, 0), LocalTime.of(10, 0)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("End time must be after the start time (10:00), got 10:00")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("endTime"));
        assertThat(aSessionPlan().times(LocalTime.of(10, 0), null).build().startTime()).contains(LocalTime.of(10, 0));
    }

    @Test
    void dateLocationAndFacilitatorAreRequired() {
        assertThatThrownBy(() -> aSessionPlan().date(null).build()).hasMessage("Date is required");
        assertThatThrownBy(() -> aSessionPlan().location("  ").build()).hasMessage("Location is required");
        assertThatThrownBy(() -> aSessionPlan().facilitator(null).build())
                .hasMessage("Facilitator is required: choose a user, or name an external facilitator")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("facilitator"));
    }

    @Test
    void theModulesOfAOneTimeTypeGetTheirTopicInTheDefaultTitle() {
        SessionType skills = aSessionType().id(3).name("Skills Training").code(null).frequency(Frequency.ONE_TIME)
                .topics("Module 1", "Module 2", "Module 3").build();
        Session third = Session.create(new SessionId(1), skills, aSessionPlan().topic(skills.topics().get(2).id())
                .date(LocalDate.of(2026, 11, 5)).location(" Barangay 12 multipurpose hall ").build());
        assertThat(third.title()).isEqualTo("Skills Training - Module 3 - November 2026 - Barangay 12 multipurpose hall");
        assertThat(third.hasDefaultTitle(skills)).isTrue();

        third.edit(skills, aSessionPlan().topic(skills.topics().get(0).id()).date(LocalDate.of(2026, 11, 5))
                .location("Barangay 12 multipurpose hall").build());
        assertThat(third.title()).as("the default title follows the topic")
                .isEqualTo("Skills Training - Module 1 - November 2026 - Barangay 12 multipurpose hall");
    }

    @Test
    void aTypeWithoutTopicTrackingKeepsTheTitleWithoutTopic() {
        SessionType stopped = aSessionType().topics("Nutrition").build();
        Session session = Session.create(new SessionId(1), stopped,
                aSessionPlan().topic(stopped.topics().getFirst().id()).build());
        stopped.edit(stopped.details(), false);
        assertThat(SessionTitle.defaultFor(stopped, session.topic(), session.date(), session.location()))
                .as("topics no longer tracked do not show").isEqualTo("FDS - March 2026 - Barangay 12");
        assertThat(SessionTitle.defaultFor(meeting, Optional.empty(), LocalDate.of(2026, 3, 1), "Hall"))
                .isEqualTo("Group Meeting - March 2026 - Hall");
    }

    @Test
    void aTitleInTheFormatBeforeTopicsCountsAsDefaultAndACustomOneDoesNot() {
        Session custom = Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition).title("Kick-off").build());
        assertThat(custom.hasDefaultTitle(fds)).isFalse();
        Session older = Session.create(new SessionId(2), fds, aSessionPlan().topic(nutrition)
                .title("FDS - March 2026 - Barangay 12").build());
        assertThat(older.hasDefaultTitle(fds)).as("stored before the topic was part of the default").isTrue();
        assertThat(SessionTitle.isDefault("FDS - Health - March 2026 - Barangay 12", fds, Optional.of(nutrition),
                LocalDate.of(2026, 3, 12), "Barangay 12")).as("another topic's title is not this one's default").isFalse();
    }

    @Test
    void anExternalFacilitatorMayRunASessionWithoutAUserFacilitator() {
        SessionPlan plan = aSessionPlan().facilitator(null).externalFacilitators(" Maria Santos (Partner NGO) ")
                .coFacilitators(new UserId(4)).build();
        assertThat(plan.facilitator()).isEmpty();
        assertThat(plan.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)");
        Session session = Session.create(new SessionId(1), meeting, plan);
        assertThat(session.externalFacilitators()).containsExactly("Maria Santos (Partner NGO)");
        assertThat(session.coFacilitators()).containsExactly(new UserId(4));
        assertThat(aSessionPlan().externalFacilitators("Jo Lim", "Ray Tan").build().externalFacilitators())
                .as("beside a user facilitator, in the order given").containsExactly("Jo Lim", "Ray Tan");
    }

    @Test
    void externalFacilitatorNamesAreCheckedOneByOne() {
        assertThatThrownBy(() -> aSessionPlan().externalFacilitators("Jo Lim", "  ").build())
                .hasMessage("External facilitator's name is required")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("externalFacilitators"));
        assertThatThrownBy(() -> aSessionPlan().externalFacilitators("x".repeat(101)).build())
                .hasMessage("External facilitator's name must be at most 100 characters, got 101");
        assertThatThrownBy(() -> aSessionPlan().externalFacilitators("Jo Lim", " jo LIM").build())
                .hasMessage("External facilitator 'jo LIM' is named twice");
        String[] eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "Trainer " + i)
                .toArray(String[]::new);
        assertThatThrownBy(() -> aSessionPlan().externalFacilitators(eleven).build())
                .hasMessage("A session can have at most 10 external facilitators, got 11");
        assertThat(aSessionPlan().externalFacilitators("x".repeat(100)).build().externalFacilitators()).hasSize(1);
    }

    @Test
    void anExternalFacilitatorsNameGrantsNobodyTheRightToChangeTheSession() {
        Session partners = Session.create(new SessionId(1), meeting, aSessionPlan().facilitator(null)
                .externalFacilitators("Other Staff").coFacilitators(new UserId(4)).build());
        Actor otherStaff = new Actor(new UserId(5), "Other Staff", Role.STAFF);
        Actor coFacilitator = new Actor(new UserId(4), "Co", Role.STAFF);
        Actor manager = new Actor(new UserId(6), "Manager", Role.MANAGER);
        assertThat(partners.mayBeChangedBy(otherStaff)).as("a staff member named like the external facilitator")
                .isFalse();
        assertThat(partners.involves(new UserId(5))).isFalse();
        assertThat(partners.mayBeChangedBy(coFacilitator)).isTrue();
        assertThat(partners.mayBeChangedBy(manager)).isTrue();
    }

    @Test
    void theFacilitatorCannotAlsoBeACoFacilitator() {
        assertThatThrownBy(() -> aSessionPlan().facilitator(new UserId(3)).coFacilitators(new UserId(3)).build())
                .hasMessage("The facilitator cannot also be a co-facilitator");
    }

    @Test
    void aRetiredTypeGetsNoNewSessions() {
        fds.retire();
        assertThatThrownBy(this::scheduledFds)
                .hasMessage("Session type 'Family Development Session' is retired and gets no new sessions")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("type"));
    }

    @Test
    void aTypeThatTracksTopicsRequiresOneOfItsActiveTopics() {
        assertThatThrownBy(() -> Session.create(new SessionId(1), fds, aSessionPlan().build()))
                .hasMessage("Topic is required for 'Family Development Session' sessions")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("topic"));
        assertThatThrownBy(() -> Session.create(new SessionId(1), fds, aSessionPlan().topic(new TopicId(999)).build()))
                .hasMessage("Session type 'Family Development Session' has no topic with id 999");
        fds.retireTopic(nutrition);
        assertThatThrownBy(this::scheduledFds).hasMessage("Topic 'Nutrition' is retired; choose an active topic");
    }

    @Test
    void aTypeWithoutTopicTrackingTakesNoTopic() {
        assertThatThrownBy(() -> Session.create(new SessionId(1), meeting, aSessionPlan().topic(nutrition).build()))
                .hasMessage("Session type 'Group Meeting' does not track topics");
        assertThat(Session.create(new SessionId(1), meeting, aSessionPlan().build()).topic()).isEmpty();
    }

    @Test
    void aSessionKeepsItsTopicAfterTheTopicWasRetiredButCannotSwitchToARetiredOne() {
        Session session = scheduledFds();
        TopicId health = fds.topics().get(2).id();
        fds.retireTopic(nutrition);
        fds.retireTopic(health);
        session.edit(fds, aSessionPlan().topic(nutrition).notes("kept").build());
        assertThat(session.notes()).isEqualTo("kept");
        assertThatThrownBy(() -> session.edit(fds, aSessionPlan().topic(health).build()))
                .hasMessage("Topic 'Health' is retired; choose an active topic");
    }

    @Test
    void editingRecomputesTheDefaultTitleAndCanMoveToAnotherActiveType() {
        Session session = scheduledFds();
        session.edit(fds, aSessionPlan().topic(nutrition).date(LocalDate.of(2026, 4, 2)).location("Hall").build());
        assertThat(session.title()).isEqualTo("FDS - Nutrition - April 2026 - Hall");

        session.edit(meeting, aSessionPlan().build());
        assertThat(session.typeId()).isEqualTo(meeting.id());
        assertThat(session.title()).isEqualTo("Group Meeting - March 2026 - Barangay 12");

        SessionType retired = typeWithoutCode().id(7).name("Old").build();
        retired.retire();
        assertThatThrownBy(() -> session.edit(retired, aSessionPlan().build()))
                .hasMessage("Session type 'Old' is retired and gets no new sessions");
    }

    @Test
    void aSessionOfARetiredTypeCanStillBeEdited() {
        Session session = scheduledFds();
        fds.retire();
        session.edit(fds, aSessionPlan().topic(nutrition).notes("after retirement").build());
        assertThat(session.notes()).isEqualTo("after retirement");
    }

    @Test
    void moveFromScheduledToInProgressToCompleted() {
        Session session = scheduledFds();
        session.start();
        assertThat(session.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        session.complete();
        assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        Session session = scheduledFds();
        assertThatThrownBy(session::complete)
                .hasMessage("Only a session in progress can be completed; this one is Scheduled");
        session.start();
        assertThatThrownBy(session::start).hasMessage("Only a scheduled session can be started; this one is In progress");
        session.complete();
        assertThatThrownBy(() -> session.cancel("rain"))
                .hasMessage("Only a scheduled session or one in progress can be cancelled; this one is Completed");
    }

    @Test
    void cancellingNeedsAReasonAndWorksFromScheduledAndInProgress() {
        Session scheduled = scheduledFds();
        assertThatThrownBy(() -> scheduled.cancel(" ")).hasMessage("Reason for cancelling is required")
                .satisfies(e -> assertThat(((DomainException) e).field()).contains("cancelReason"));
        assertThat(scheduled.status()).isEqualTo(SessionStatus.SCHEDULED);
        scheduled.cancel("Typhoon warning");
        assertThat(scheduled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(scheduled.cancelReason()).contains("Typhoon warning");

        Session running = scheduledFds();
        running.start();
        running.cancel("Venue flooded");
        assertThat(running.status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void aCancelledSessionCanNoLongerBeChanged() {
        Session session = scheduledFds();
        session.cancel("Typhoon");
        assertThatThrownBy(() -> session.edit(fds, aSessionPlan().topic(nutrition).build()))
                .hasMessage("A cancelled session can no longer be changed");
        assertThatThrownBy(session::start).hasMessage("Only a scheduled session can be started; this one is Cancelled");
    }

    @Test
    void staffChangeOnlySessionsTheyFacilitateOrCoFacilitate() {
        Session session = Session.create(new SessionId(1), fds, aSessionPlan().topic(nutrition)
                .facilitator(new UserId(3)).coFacilitators(new UserId(4)).build());
        Actor facilitator = new Actor(new UserId(3), "Fe", Role.STAFF);
        Actor coFacilitator = new Actor(new UserId(4), "Co", Role.STAFF);
        Actor otherStaff = new Actor(new UserId(5), "Other", Role.STAFF);
        Actor manager = new Actor(new UserId(6), "Manager", Role.MANAGER);
        Actor viewer = new Actor(new UserId(3), "Viewer", Role.VIEWER);

        assertThat(session.mayBeChangedBy(facilitator)).isTrue();
        assertThat(session.mayBeChangedBy(coFacilitator)).isTrue();
        assertThat(session.mayBeChangedBy(manager)).isTrue();
        assertThat(session.mayBeChangedBy(otherStaff)).isFalse();
        assertThat(session.mayBeChangedBy(viewer)).isFalse();
        assertThatThrownBy(() -> session.requireChangeableBy(otherStaff))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You can only change sessions you facilitate or co-facilitate");
        assertThatThrownBy(() -> session.requireChangeableBy(viewer))
                .hasMessage("Your role (Viewer) does not allow changing sessions");
    }

    @Test
    void reconstituteKeepsTheStoredTitleAndDuration() {
        Session original = Session.create(new SessionId(9), fds, aSessionPlan().topic(nutrition).title("Custom").build());
        Session loaded = Session.reconstitute(original.id(), original.typeId(), original.plan(),
                SessionStatus.CANCELLED, Optional.of("Rain"), new org.sessiontracking.domain.common.Version(4));
        assertThat(loaded.title()).isEqualTo("Custom");
        assertThat(loaded.durationHours()).isEqualByComparingTo("2");
        assertThat(loaded.plan()).isEqualTo(original.plan());
        assertThat(loaded.cancelReason()).contains("Rain");
    }
}
