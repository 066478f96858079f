package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Verification periods in the store's periods table; like the database it refuses periods of unknown types. */
final class MemoryVerificationPeriods implements VerificationPeriodRepository {

    static final Comparator<VerificationPeriod> EARLIEST_FIRST = Comparator.comparing(VerificationPeriod::from)
            .thenComparingLong(period -> period.id().value());

    private final MemoryStore store;

    MemoryVerificationPeriods(MemoryStore store) {
        this.store = store;
    }

    @Override
    public VerificationPeriodId nextId() {
        return new VerificationPeriodId(store.periodIds.incrementAndGet());
    }

    @Override
    public void add(VerificationPeriod period) {
        store.atomically(() -> {
            if (!store.types.contains(period.type())) {
                throw new IllegalStateException("session type " + period.type().value() + " is not stored (foreign key)");
            }
            if (store.periods.contains(period.id())) {
                throw new IllegalStateException("period " + period.id().value() + " is already stored (primary key)");
            }
            store.periods.put(period.id(), stored(period, period.version()));
            return null;
        });
    }

    @Override
    public void update(VerificationPeriod period) {
        store.atomically(() -> {
            VerificationPeriod current = store.periods.get(period.id()).orElse(null);
            if (current == null || !current.version().equals(period.version())) {
                throw new ConcurrentModificationException("Someone else changed the period '" + period.name()
                        + "' meanwhile; reload it");
            }
            store.periods.put(period.id(), stored(period, period.version().next()));
            return null;
        });
    }

    /** A copy as loaded: later changes to the caller's object do not reach the store. */
    private static VerificationPeriod stored(VerificationPeriod period, org.sessiontracking.domain.common.Version version) {
        return VerificationPeriod.reconstitute(period.id(), period.type(), period.definition(), period.events(), version);
    }

    @Override
    public Optional<VerificationPeriod> findById(VerificationPeriodId id) {
        return store.atomically(() -> store.periods.get(id).map(period -> stored(period, period.version())));
    }

    @Override
    public List<VerificationPeriod> ofType(SessionTypeId type) {
        return store.atomically(() -> store.periods.all().stream().filter(period -> period.type().equals(type))
                .sorted(EARLIEST_FIRST).map(period -> stored(period, period.version())).toList());
    }

    @Override
    public List<UnfinishedSession> unfinishedSessions(SessionTypeId type, LocalDate from, LocalDate to) {
        return store.atomically(() -> store.sessions.all().stream()
                .filter(session -> session.typeId().equals(type) && !session.date().isBefore(from)
                        && !session.date().isAfter(to))
                .filter(session -> session.status() == SessionStatus.SCHEDULED
                        || session.status() == SessionStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(Session::date).thenComparingLong(session -> session.id().value()))
                .map(session -> new UnfinishedSession(session.id(), session.title(), session.date(), session.status()))
                .toList());
    }
}
