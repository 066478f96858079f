package org.sessiontracking.domain.session;

import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One meeting of a session type: the second of the three layers of the user guide.
 * <p>
 * Belongs to a type that was active when it was scheduled; covers one of the type's active topics
 * when the type tracks topics (and none otherwise); moves Scheduled -> In progress -> Completed, or
 * is Cancelled, with a reason, from the first two. Only its facilitators, or users who may edit
 * every session, change it: the facilitator and co-facilitators who are users, never an external
 * facilitator's name.
 */
public final class Session {

    public static final int MAX_CANCEL_REASON_LENGTH = 500;

    private final SessionId id;
    private SessionTypeId typeId;
    private String title;
    private SessionPlan plan;
    private BigDecimal durationHours;
    private SessionStatus status;
    private String cancelReason;
    private final Version version;

    private Session(SessionId id, SessionTypeId typeId, String title, SessionPlan plan, BigDecimal durationHours,
                    SessionStatus status, String cancelReason, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.typeId = Objects.requireNonNull(typeId, "typeId");
        this.title = Objects.requireNonNull(title, "title");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.durationHours = Objects.requireNonNull(durationHours, "durationHours");
        this.status = Objects.requireNonNull(status, "status");
        this.cancelReason = cancelReason;
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new, scheduled session of an active type. */
    public static Session create(SessionId id, SessionType type, SessionPlan plan) {
        requireActive(type);
        requireOfferedTopic(type, plan.topic(), Optional.empty());
        return new Session(id, type.id(), titleOf(type, plan), plan, durationOf(type, plan),
                SessionStatus.SCHEDULED, null, Version.NEW);
    }

    /**
     * Rebuilds a stored session. The plan's title and duration are the stored ones.
     */
    public static Session reconstitute(SessionId id, SessionTypeId typeId, SessionPlan plan, SessionStatus status,
                                       Optional<String> cancelReason, Version version) {
        String title = plan.title().orElseThrow(() -> new IllegalArgumentException("a stored session has a title"));
        BigDecimal duration = plan.durationHours()
                .orElseThrow(() -> new IllegalArgumentException("a stored session has a duration"));
        return new Session(id, typeId, title, plan, duration, status, cancelReason.orElse(null), version);
    }

    /**
     * Changes what was planned. The type may change to another active type; a topic the session
     * already covers stays allowed even after it was retired, any other must be offered.
     */
    public void edit(SessionType type, SessionPlan newPlan) {
        if (status == SessionStatus.CANCELLED) {
            throw new DomainException("A cancelled session can no longer be changed");
        }
        boolean sameType = type.id().equals(typeId);
        if (!sameType) {
            requireActive(type);
        }
        requireOfferedTopic(type, newPlan.topic(), sameType ? plan.topic() : Optional.empty());
        this.typeId = type.id();
        this.title = titleOf(type, newPlan);
        this.durationHours = durationOf(type, newPlan);
        this.plan = newPlan;
    }

    public void start() {
        if (status != SessionStatus.SCHEDULED) {
            throw new DomainException("status", "Only a scheduled session can be started; this one is "
                    + status.label());
        }
        status = SessionStatus.IN_PROGRESS;
    }

    public void complete() {
        if (status != SessionStatus.IN_PROGRESS) {
            throw new DomainException("status", "Only a session in progress can be completed; this one is "
                    + status.label());
        }
        status = SessionStatus.COMPLETED;
    }

    /** Throws unless the session is Scheduled or In progress: the only states it can be cancelled from. */
    private void requireCancellable() {
        if (status != SessionStatus.SCHEDULED && status != SessionStatus.IN_PROGRESS) {
            throw new DomainException("status", "Only a scheduled session or one in progress can be cancelled; "
                    + "this one is " + status.label());
        }
    }

    public void cancel(String reason) {
        requireCancellable();
        this.cancelReason = Text.required("cancelReason", "Reason for cancelling", reason, MAX_CANCEL_REASON_LENGTH);
        status = SessionStatus.CANCELLED;
    }

    /** Whether the user runs this session, as facilitator or co-facilitator. */
    public boolean involves(UserId user) {
        return plan.involves(user);
    }

    /** Users who may edit every session may edit it; others only when they run it. */
    public boolean mayBeChangedBy(Actor actor) {
        return actor.may(Permission.EDIT_ALL_SESSIONS)
                || (actor.may(Permission.EDIT_OWN_SESSIONS) && involves(actor.id()));
    }

    public void requireChangeableBy(Actor actor) {
        if (!mayBeChangedBy(actor)) {
            throw new AccessDeniedException(actor.may(Permission.EDIT_OWN_SESSIONS)
                    ? "You can only change sessions you facilitate or co-facilitate"
                    : "Your role (" + actor.role().label() + ") does not allow changing sessions");
        }
    }

    private static void requireActive(SessionType type) {
        if (!type.active()) {
            throw new DomainException("type", "Session type '" + type.name() + "' is retired and gets no new sessions");
        }
    }

    private static void requireOfferedTopic(SessionType type, Optional<TopicId> topic, Optional<TopicId> current) {
        if (!type.topicTracking()) {
            if (topic.isPresent()) {
                throw new DomainException("topic", "Session type '" + type.name() + "' does not track topics");
            }
            return;
        }
        TopicId chosen = topic.orElseThrow(() -> new DomainException("topic", "Topic is required for '"
                + type.name() + "' sessions"));
        if (current.equals(topic) && type.topic(chosen).isPresent()) {
            return;
        }
        Optional<Topic> known = type.topic(chosen);
        if (known.isEmpty()) {
            throw new DomainException("topic", "Session type '" + type.name() + "' has no topic with id "
                    + chosen.value());
        }
        if (!known.get().active()) {
            throw new DomainException("topic", "Topic '" + known.get().name() + "' is retired; choose an active topic");
        }
    }

    private static String titleOf(SessionType type, SessionPlan plan) {
        return plan.title().orElseGet(() -> SessionTitle.defaultFor(type, plan.topic(), plan.date(), plan.location()));
    }

    private static BigDecimal durationOf(SessionType type, SessionPlan plan) {
        if (plan.durationHours().isPresent()) {
            return plan.durationHours().get();
        }
        if (plan.startTime().isPresent() && plan.endTime().isPresent()) {
            long minutes = Duration.between(plan.startTime().get(), plan.endTime().get()).toMinutes();
            return SessionPlan.checkDuration(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2,
                    RoundingMode.HALF_UP));
        }
        return type.details().durationHours();
    }

    public SessionId id() {
        return id;
    }

    public SessionTypeId typeId() {
        return typeId;
    }

    public String title() {
        return title;
    }

    /** What was planned, with the resolved title and duration filled in. */
    public SessionPlan plan() {
        return new SessionPlan(Optional.of(title), plan.date(), plan.startTime(), plan.endTime(),
                Optional.of(durationHours), plan.location(), plan.area(), plan.facilitator(), plan.coFacilitators(),
                plan.externalFacilitators(), plan.topic(), plan.notes());
    }

    public LocalDate date() {
        return plan.date();
    }

    public Optional<LocalTime> startTime() {
        return plan.startTime();
    }

    public Optional<LocalTime> endTime() {
        return plan.endTime();
    }

    public BigDecimal durationHours() {
        return durationHours;
    }

    public String location() {
        return plan.location();
    }

    public String area() {
        return plan.area();
    }

    /** The user who runs it; empty when only external facilitators run it. */
    public Optional<UserId> facilitator() {
        return plan.facilitator();
    }

    public Set<UserId> coFacilitators() {
        return plan.coFacilitators();
    }

    /** Who runs it without an account, by name; they give nobody any right on the session. */
    public List<String> externalFacilitators() {
        return plan.externalFacilitators();
    }

    /** Whether the title is the default one for the type (so it follows the session's topic, date and location). */
    public boolean hasDefaultTitle(SessionType type) {
        return SessionTitle.isDefault(title, type, topic(), date(), location());
    }

    public Optional<TopicId> topic() {
        return plan.topic();
    }

    public String notes() {
        return plan.notes();
    }

    public SessionStatus status() {
        return status;
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Version version() {
        return version;
    }
}
