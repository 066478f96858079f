package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.util.List;
import java.util.Optional;

/** Where attendance recording finds a session's verification period and lists late corrections, in the store. */
final class MemoryLateCorrectionLog implements LateCorrectionLog {

    private final MemoryStore store;

    MemoryLateCorrectionLog(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<VerificationPeriod> periodOf(SessionId id) {
        return store.atomically(() -> store.sessions.get(id).flatMap(session -> store.periods.all().stream()
                .filter(period -> period.type().equals(session.typeId()) && period.covers(session.date()))
                .min(MemoryVerificationPeriods.EARLIEST_FIRST)));
    }

    @Override
    public LateCorrectionId nextId() {
        return new LateCorrectionId(store.correctionIds.incrementAndGet());
    }

    @Override
    public void add(List<LateCorrection> corrections) {
        store.atomically(() -> {
            for (LateCorrection correction : corrections) {
                if (!store.periods.contains(correction.period())
                        || !store.sessions.contains(correction.change().session())) {
                    throw new IllegalStateException("late correction of an unknown period or session (foreign key)");
                }
                store.lateCorrections.put(correction.id(), MemoryLateCorrections.copy(correction, correction.version()));
            }
            return null;
        });
    }
}
