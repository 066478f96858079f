package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.application.verification.port.out.LateCorrectionRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.verification.CorrectionState;
import org.sessiontracking.domain.verification.LateCorrection;
import org.sessiontracking.domain.verification.LateCorrectionId;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Late corrections in the store's table, as verification reads and decides them ({@link MemoryLateCorrectionLog} writes them). */
final class MemoryLateCorrections implements LateCorrectionRepository {

    private static final Comparator<LateCorrection> LATEST_FIRST = Comparator
            .comparing((LateCorrection correction) -> correction.change().changedAt())
            .thenComparingLong(correction -> correction.id().value()).reversed();

    private final MemoryStore store;

    MemoryLateCorrections(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<LateCorrection> findById(LateCorrectionId id) {
        return store.atomically(() -> store.lateCorrections.get(id).map(c -> copy(c, c.version())));
    }

    @Override
    public void update(LateCorrection correction) {
        store.atomically(() -> {
            LateCorrection current = store.lateCorrections.get(correction.id()).orElse(null);
            if (current == null || !current.version().equals(correction.version())) {
                throw new ConcurrentModificationException("Someone else decided this late correction meanwhile; reload");
            }
            store.lateCorrections.put(correction.id(), copy(correction, correction.version().next()));
            return null;
        });
    }

    @Override
    public List<LateCorrectionRow> ofPeriod(VerificationPeriodId period) {
        return store.atomically(() -> store.lateCorrections.all().stream()
                .filter(correction -> correction.period().equals(period)).sorted(LATEST_FIRST)
                .map(correction -> {
                    Session session = store.sessions.get(correction.change().session()).orElseThrow();
                    Registrant registrant = store.registrants.get(correction.change().registrant()).orElseThrow();
                    String by = store.users.get(correction.change().changedBy()).map(user -> user.displayName())
                            .orElse("user " + correction.change().changedBy().value());
                    return new LateCorrectionRow(copy(correction, correction.version()), session.title(),
                            session.date(), registrant.externalId().value(), registrant.fullName(), by);
                }).toList());
    }

    @Override
    public int pendingOf(VerificationPeriodId period) {
        return store.atomically(() -> (int) store.lateCorrections.all().stream()
                .filter(correction -> correction.period().equals(period)
                        && correction.state() == CorrectionState.PENDING).count());
    }

    static LateCorrection copy(LateCorrection correction, Version version) {
        return LateCorrection.reconstitute(correction.id(), correction.period(), correction.change(),
                correction.state(), correction.decision(), version);
    }
}
