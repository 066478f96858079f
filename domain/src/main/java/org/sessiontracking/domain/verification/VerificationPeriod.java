package org.sessiontracking.domain.verification;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verification period of a session type: the dates whose sessions it judges, a data-entry deadline
 * and its history of closings and reopenings. Each closing freezes a new version (1, 2, ...) of the
 * period's compliance list; no version is ever replaced.
 */
public final class VerificationPeriod {

    private final VerificationPeriodId id;
    private final SessionTypeId type;
    private final PeriodDraft definition;
    private final List<PeriodEvent> events;
    private final int storedEvents;
    private final Version version;

    private VerificationPeriod(VerificationPeriodId id, SessionTypeId type, PeriodDraft definition,
                               List<PeriodEvent> events, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.events = new ArrayList<>(events);
        this.storedEvents = events.size();
        this.version = Objects.requireNonNull(version, "version");
    }

    public static VerificationPeriod create(VerificationPeriodId id, SessionTypeId type, PeriodDraft definition) {
        return new VerificationPeriod(id, type, definition, List.of(), Version.NEW);
    }

    public static VerificationPeriod reconstitute(VerificationPeriodId id, SessionTypeId type, PeriodDraft definition,
                                                  List<PeriodEvent> events, Version version) {
        return new VerificationPeriod(id, type, definition, events, version);
    }

    /** Open or past its deadline until first closed; then closed or reopened, as its last event says. */
    public PeriodState state(LocalDate today) {
        if (!events.isEmpty()) {
            return events.getLast().kind() == PeriodEvent.Kind.CLOSED ? PeriodState.CLOSED : PeriodState.REOPENED;
        }
        return today.isAfter(definition.deadline()) ? PeriodState.PAST_DEADLINE : PeriodState.OPEN;
    }

    /**
     * Why a change to the attendance of the period's sessions is a late correction today, for the
     * message asking for its reason; empty while the period is open.
     */
    public Optional<String> lateBecause(LocalDate today) {
        return switch (state(today)) {
            case OPEN -> Optional.empty();
            case PAST_DEADLINE -> Optional.of("is in the verification period '" + name()
                    + "', past its data-entry deadline (" + deadline() + ")");
            case CLOSED -> Optional.of("is in the verification period '" + name() + "', which is closed");
            case REOPENED -> Optional.of("is in the verification period '" + name()
                    + "', which was closed and is reopened");
        };
    }

    /**
     * Closes the period: the caller freezes its compliance list as the returned version. Refused when it
     * is closed already, or while late corrections wait for a decision (they would slip into the frozen
     * list unseen).
     */
    public PeriodEvent close(Actor actor, Instant at, int pendingCorrections) {
        if (isClosed()) {
            throw new DomainException("The period '" + name() + "' is already closed (version "
                    + latestVersion().orElseThrow() + "); reopen it first to close it again");
        }
        if (pendingCorrections > 0) {
            throw new DomainException("The period '" + name() + "' has " + pendingCorrections
                    + " late correction(s) waiting for a decision: accept or reject them before closing");
        }
        PeriodEvent closed = new PeriodEvent(PeriodEvent.Kind.CLOSED, latestVersion().orElse(0) + 1, actor.id(),
                actor.displayName(), at, "");
        events.add(closed);
        return closed;
    }

    /** Reopens a closed period, with a reason; its frozen versions stay, and closing again makes the next one. */
    public PeriodEvent reopen(Actor actor, Instant at, String reason) {
        if (!isClosed()) {
            throw new DomainException("The period '" + name() + "' is not closed: only a closed period can be reopened");
        }
        PeriodEvent reopened = new PeriodEvent(PeriodEvent.Kind.REOPENED, latestVersion().orElseThrow(), actor.id(),
                actor.displayName(), at, reason);
        events.add(reopened);
        return reopened;
    }

    /** Whether a late correction may be accepted now: not while the period is closed (it would not be in the frozen list). */
    public void requireAcceptingCorrections() {
        if (isClosed()) {
            throw new DomainException("The period '" + name() + "' is closed: reopen it (with a reason) to accept "
                    + "late corrections into it, then close it again");
        }
    }

    private boolean isClosed() {
        return !events.isEmpty() && events.getLast().kind() == PeriodEvent.Kind.CLOSED;
    }

    /** The latest frozen version, if the period was ever closed. */
    public Optional<Integer> latestVersion() {
        return events.stream().filter(event -> event.kind() == PeriodEvent.Kind.CLOSED)
                .map(PeriodEvent::version).reduce((first, second) -> second);
    }

    /** The last closing, if any. */
    public Optional<PeriodEvent> lastClosing() {
        return events.reversed().stream().filter(event -> event.kind() == PeriodEvent.Kind.CLOSED).findFirst();
    }

    public boolean covers(LocalDate sessionDate) {
        return definition.contains(sessionDate);
    }

    public VerificationPeriodId id() {
        return id;
    }

    public SessionTypeId type() {
        return type;
    }

    public PeriodDraft definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    public LocalDate from() {
        return definition.from();
    }

    public LocalDate to() {
        return definition.to();
    }

    public LocalDate deadline() {
        return definition.deadline();
    }

    public List<PeriodEvent> events() {
        return List.copyOf(events);
    }

    /** The events added since the period was loaded (or created), in order: what an update appends. */
    public List<PeriodEvent> newEvents() {
        return List.copyOf(events.subList(storedEvents, events.size()));
    }

    public Version version() {
        return version;
    }
}
