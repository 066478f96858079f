package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.port.in.DecideLateCorrectionUseCase;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public final class DecideLateCorrection implements DecideLateCorrectionUseCase {

    private final LateCorrectionRepository corrections;
    private final VerificationPeriodRepository periods;
    private final AttendanceRepository attendance;
    private final AttendanceSessions sessions;
    private final CurrentActor currentActor;
    private final Clock clock;

    public DecideLateCorrection(LateCorrectionRepository corrections, VerificationPeriodRepository periods,
                                AttendanceRepository attendance, AttendanceSessions sessions,
                                CurrentActor currentActor, Clock clock) {
        this.corrections = corrections;
        this.periods = periods;
        this.attendance = attendance;
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public void accept(LateCorrectionId id, String note) {
        Actor actor = currentActor.get();
        actor.require(Permission.VERIFY_PERIODS);
        LateCorrection correction = load(id);
        correction.accept(PeriodLoader.load(periods, correction.period()), actor, clock.instant(), note);
        corrections.update(correction);
    }

    /**
     * Rejects the correction and puts the record back as it was before it (a change of its own in the
     * record's history, with the rejection's reason). Refused when the record changed again since: the
     * later change is decided first.
     */
    @Override
    public void reject(LateCorrectionId id, String reason) {
        Actor actor = currentActor.get();
        actor.require(Permission.VERIFY_PERIODS);
        LateCorrection correction = load(id);
        Instant now = clock.instant();
        correction.reject(actor, now, reason);
        AttendanceChange change = correction.change();
        AttendanceSession session = sessions.find(change.session())
                .orElseThrow(() -> new NotFoundException("The corrected session no longer exists"));
        AttendanceSheet sheet = AttendanceSheet.reconstitute(session, attendance.findBySession(change.session()));
        Optional<AttendanceStatus> current = sheet.record(change.registrant()).map(AttendanceRecord::status);
        if (!current.equals(change.newStatus())) {
            throw new DomainException("The record was changed again after this correction: decide the later "
                    + "correction first");
        }
        String why = "Late correction rejected: " + correction.decision().orElseThrow().note();
        change.oldStatus().ifPresentOrElse(
                old -> sheet.record(change.registrant(), old, why, actor, now),
                () -> sheet.remove(change.registrant(), why, actor, now));
        Set<?> stored = attendance.store(change.session(), sheet.writes());
        if (!sheet.writes().isEmpty() && stored.isEmpty()) {
            throw new ConcurrentModificationException("Someone changed this record meanwhile: reload and decide again");
        }
        corrections.update(correction);
    }

    private LateCorrection load(LateCorrectionId id) {
        return corrections.findById(id).orElseThrow(() -> new NotFoundException("The late correction no longer exists"));
    }
}
