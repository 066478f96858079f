package org.sessiontracking.application.enrolment;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.enrolment.port.out.EnrolmentRepository;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain fake of the enrolment store for the use-case tests (whom enrolments expect: see the contract). */
public final class InMemoryEnrolmentRepository implements EnrolmentRepository {

    private final Map<EnrolmentId, EnrolmentRow> rows = new LinkedHashMap<>();
    private long nextId;

    @Override
    public EnrolmentId nextId() {
        return new EnrolmentId(++nextId);
    }

    @Override
    public void add(Enrolment enrolment, UserId createdBy, Instant createdAt) {
        rows.put(enrolment.id(), new EnrolmentRow(copy(enrolment, enrolment.version()), "", "user " + createdBy.value(),
                createdAt));
    }

    @Override
    public void update(Enrolment enrolment) {
        EnrolmentRow stored = rows.get(enrolment.id());
        if (stored == null || !stored.enrolment().version().equals(enrolment.version())) {
            throw new ConcurrentModificationException("Someone else changed this enrolment meanwhile; reload it");
        }
        rows.put(enrolment.id(), new EnrolmentRow(copy(enrolment, enrolment.version().next()), stored.typeName(),
                stored.createdBy(), stored.createdAt()));
    }

    @Override
    public void remove(EnrolmentId id) {
        rows.remove(id);
    }

    @Override
    public Optional<Enrolment> findById(EnrolmentId id) {
        return Optional.ofNullable(rows.get(id)).map(row -> copy(row.enrolment(), row.enrolment().version()));
    }

    @Override
    public List<EnrolmentRow> list() {
        return List.copyOf(rows.values());
    }

    @Override
    public boolean anyOf(SessionTypeId type) {
        return rows.values().stream().anyMatch(row -> row.enrolment().type().equals(type));
    }

    @Override
    public List<RegistrantId> expected(SessionTypeId type, LocalDate day, String sessionArea, int limit) {
        return List.of();
    }

    /** The registrants a test says a session expects. */
    public final Map<org.sessiontracking.domain.session.SessionId, List<RegistrantId>> expectedAt = new java.util.HashMap<>();

    @Override
    public List<RegistrantId> expectedAt(org.sessiontracking.domain.session.SessionId session, int limit) {
        return expectedAt.getOrDefault(session, List.of()).stream().limit(limit).toList();
    }

    private static Enrolment copy(Enrolment enrolment, org.sessiontracking.domain.common.Version version) {
        return Enrolment.reconstitute(enrolment.id(), enrolment.type(), enrolment.scope(), enrolment.from(),
                enrolment.to(), version);
    }
}
