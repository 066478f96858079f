package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionArea;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Enrolments in the store's enrolments table (copies in and out: an enrolment is mutable). Compliance
 * reads them where it reads the records ({@link MemoryEnrolments}), so a change counts at once.
 */
final class MemoryEnrolmentRepository implements EnrolmentRepository {

    /** An enrolment as stored, with who added it when. */
    record Stored(Enrolment enrolment, UserId createdBy, Instant createdAt) {
    }

    private final MemoryStore store;

    MemoryEnrolmentRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public EnrolmentId nextId() {
        return new EnrolmentId(store.enrolmentIds.incrementAndGet());
    }

    @Override
    public void add(Enrolment enrolment, UserId createdBy, Instant createdAt) {
        store.atomically(() -> {
            store.enrolments.put(enrolment.id(), new Stored(copy(enrolment, Version.NEW), createdBy, createdAt));
            return null;
        });
    }

    @Override
    public void update(Enrolment enrolment) {
        store.atomically(() -> {
            Stored stored = store.enrolments.get(enrolment.id()).orElse(null);
            if (stored == null || !stored.enrolment().version().equals(enrolment.version())) {
                throw new ConcurrentModificationException("Someone else changed this enrolment meanwhile; reload it");
            }
            store.enrolments.put(enrolment.id(), new Stored(copy(enrolment, enrolment.version().next()),
                    stored.createdBy(), stored.createdAt()));
            return null;
        });
    }

    @Override
    public void remove(EnrolmentId id) {
        store.atomically(() -> {
            store.enrolments.remove(id);
            return null;
        });
    }

    @Override
    public Optional<Enrolment> findById(EnrolmentId id) {
        return store.atomically(() -> store.enrolments.get(id).map(stored -> copy(stored.enrolment(),
                stored.enrolment().version())));
    }

    @Override
    public List<EnrolmentRow> list() {
        return store.atomically(() -> store.enrolments.all().stream()
                .sorted(Comparator.comparing((Stored stored) -> stored.enrolment().from()).reversed()
                        .thenComparing(stored -> -stored.enrolment().id().value()))
                .map(stored -> new EnrolmentRow(copy(stored.enrolment(), stored.enrolment().version()),
                        store.types.get(stored.enrolment().type()).map(SessionType::name).orElse(""),
                        store.users.get(stored.createdBy()).map(User::displayName)
                                .orElse("user " + stored.createdBy().value()), stored.createdAt()))
                .toList());
    }

    @Override
    public boolean anyOf(SessionTypeId type) {
        return store.atomically(() -> !MemoryEnrolments.of(store, type).isEmpty());
    }

    @Override
    public List<RegistrantId> expected(SessionTypeId type, LocalDate day, String sessionArea, int limit) {
        return store.atomically(() -> {
            List<Enrolment> enrolments = MemoryEnrolments.of(store, type);
            return store.registrants.all().stream()
                    .filter(registrant -> MemoryEnrolments.expects(enrolments, registrant, day)
                            && SessionArea.openTo(sessionArea, registrant.details().area()))
                    .sorted(Comparator.comparing((Registrant registrant) -> registrant.fullName().toLowerCase(Locale.ROOT))
                            .thenComparing(registrant -> registrant.id().value()))
                    .limit(limit)
                    .map(Registrant::id)
                    .toList();
        });
    }

    @Override
    public List<RegistrantId> expectedAt(SessionId session, int limit) {
        return store.atomically(() -> store.sessions.get(session)
                .map(found -> expected(found.typeId(), found.date(), found.area(), limit)).orElse(List.of()));
    }

    private static Enrolment copy(Enrolment enrolment, Version version) {
        return Enrolment.reconstitute(enrolment.id(), enrolment.type(), enrolment.scope(), enrolment.from(),
                enrolment.to(), version);
    }
}
