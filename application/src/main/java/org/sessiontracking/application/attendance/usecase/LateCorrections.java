package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Changes to the attendance of a session whose verification period is past its deadline or closed are
 * late corrections: the session says so (every change then needs a reason), and each stored change is
 * listed for the period's Manager to accept or reject.
 */
final class LateCorrections {

    private final LateCorrectionLog log;
    private final Clock clock;

    LateCorrections(LateCorrectionLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    AttendanceSession mark(AttendanceSession session) {
        return log.periodOf(session.id()).flatMap(period -> period.lateBecause(LocalDate.now(clock)))
                .map(session::late).orElse(session);
    }

    void record(AttendanceSession session, List<AttendanceSheet.Write> writes, Set<RegistrantId> stored) {
        if (session.lateBecause().isEmpty() || stored.isEmpty()) {
            return;
        }
        VerificationPeriod period = log.periodOf(session.id()).orElseThrow();
        log.add(writes.stream().filter(write -> stored.contains(write.change().registrant()))
                .map(write -> LateCorrection.of(log.nextId(), period.id(), write.change())).toList());
    }
}
