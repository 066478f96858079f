package org.sessiontracking.domain.verification;

import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to the attendance of a period's session made after its deadline or its closing, with the
 * change's reason. It waits for a Manager's decision: accepted into a reopened period (the next
 * closing's version holds it), or rejected with a reason (the record is put back as it was before the
 * correction; the correction stays listed as rejected).
 */
public final class LateCorrection {

    public static final int MAX_NOTE_LENGTH = 500;

    /** Who decided, when and why. */
    public record Decision(UserId by, String byName, Instant at, String note) {
        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byName, "byName");
            Objects.requireNonNull(at, "at");
        }
    }

    private final LateCorrectionId id;
    private final VerificationPeriodId period;
    private final AttendanceChange change;
    private CorrectionState state;
    private Decision decision;
    private final Version version;

    private LateCorrection(LateCorrectionId id, VerificationPeriodId period, AttendanceChange change,
                           CorrectionState state, Decision decision, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.period = Objects.requireNonNull(period, "period");
        this.change = Objects.requireNonNull(change, "change");
        this.state = Objects.requireNonNull(state, "state");
        this.decision = decision;
        this.version = Objects.requireNonNull(version, "version");
        if ((state == CorrectionState.PENDING) != (decision == null)) {
            throw new IllegalArgumentException("a decided correction has a decision, a pending one none");
        }
    }

    /** A late change, as the attendance history recorded it; it always has a reason. */
    public static LateCorrection of(LateCorrectionId id, VerificationPeriodId period, AttendanceChange change) {
        if (change.reason().isBlank()) {
            throw new DomainException("reason", "A late correction needs a reason");
        }
        return new LateCorrection(id, period, change, CorrectionState.PENDING, null, Version.NEW);
    }

    public static LateCorrection reconstitute(LateCorrectionId id, VerificationPeriodId period, AttendanceChange change,
                                              CorrectionState state, Optional<Decision> decision, Version version) {
        return new LateCorrection(id, period, change, state, decision.orElse(null), version);
    }

    /** Accepted into the period, which must not be closed (see {@link VerificationPeriod#requireAcceptingCorrections}). */
    public void accept(VerificationPeriod into, Actor actor, Instant at, String note) {
        requirePending();
        if (!into.id().equals(period)) {
            throw new IllegalArgumentException("correction " + id.value() + " is not of period " + into.id().value());
        }
        into.requireAcceptingCorrections();
        decision = new Decision(actor.id(), actor.displayName(), at,
                Text.optional("note", "Note", note, MAX_NOTE_LENGTH));
        state = CorrectionState.ACCEPTED;
    }

    /** Rejected, with a reason; the caller puts the record back as it was before the correction. */
    public void reject(Actor actor, Instant at, String reason) {
        requirePending();
        decision = new Decision(actor.id(), actor.displayName(), at,
                Text.required("note", "A reason for rejecting", reason, MAX_NOTE_LENGTH));
        state = CorrectionState.REJECTED;
    }

    private void requirePending() {
        if (state != CorrectionState.PENDING) {
            throw new DomainException("This late correction was already " + state.label().toLowerCase(java.util.Locale.ROOT)
                    + " by " + decision.byName() + " on " + decision.at());
        }
    }

    public LateCorrectionId id() {
        return id;
    }

    public VerificationPeriodId period() {
        return period;
    }

    public AttendanceChange change() {
        return change;
    }

    public CorrectionState state() {
        return state;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Version version() {
        return version;
    }
}
