package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/**
 * Sessions with their co-facilitators, in the store's sessions table; grid rows join the type, topic and
 * facilitator names and the attendance count, as the database adapter does.
 */
final class MemorySessionRepository implements SessionRepository {

    private final MemoryStore store;

    MemorySessionRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public SessionId nextId() {
        return new SessionId(store.sessionIds.incrementAndGet());
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return store.atomically(() -> store.sessions.get(id).map(session -> copy(session, session.version())));
    }

    @Override
    public void addAll(List<Session> added) {
        store.atomically(() -> {
            for (Session session : added) {
                if (store.sessions.contains(session.id())) {
                    throw new IllegalStateException("session " + session.id() + " already exists");
                }
                requireKnown(session);
                store.sessions.put(session.id(), copy(session, Version.NEW));
            }
            return null;
        });
    }

    @Override
    public void update(Session session) {
        store.atomically(() -> {
            Session stored = store.sessions.get(session.id()).orElse(null);
            if (stored == null || !stored.version().equals(session.version())) {
                throw new ConcurrentModificationException("Session '" + session.title()
                        + "' was changed by someone else. Reload it to see their changes, then make yours again.");
            }
            requireKnown(session);
            store.sessions.put(session.id(), copy(session, session.version().next()));
            return null;
        });
    }

    /** What the database's foreign keys refuse: an unknown type or facilitator. */
    private void requireKnown(Session session) {
        if (!store.types.contains(session.typeId())) {
            throw new IllegalStateException("session type " + session.typeId().value() + " is not stored (foreign key)");
        }
        session.facilitator().ifPresent(this::requireUser);
        session.coFacilitators().forEach(this::requireUser);
    }

    private void requireUser(UserId user) {
        if (!store.users.contains(user)) {
            throw new IllegalStateException("user " + user.value() + " is not stored (foreign key)");
        }
    }

    @Override
    public List<SessionRow> list(SessionFilter filter, PageRequest page) {
        Comparator<SessionRow> order = Comparator.comparing(SessionRow::date).reversed();
        if (!page.sort().isEmpty()) {
            order = null;
            for (PageRequest.SortOrder sort : page.sort()) {
                Comparator<SessionRow> by = comparator(SessionFilter.SortProperty.valueOf(sort.property()));
                by = sort.ascending() ? by : by.reversed();
                order = order == null ? by : order.thenComparing(by);
            }
        }
        Comparator<SessionRow> sorted = order.thenComparing(row -> -row.id().value());
        return store.atomically(() -> store.sessions.all().stream().filter(session -> matches(session, filter))
                .map(this::row).sorted(sorted).skip(page.offset()).limit(page.limit()).toList());
    }

    @Override
    public int count(SessionFilter filter) {
        return store.atomically(() -> (int) store.sessions.all().stream()
                .filter(session -> matches(session, filter)).count());
    }

    private SessionRow row(Session session) {
        SessionType type = store.types.get(session.typeId()).orElseThrow();
        Optional<String> facilitator = session.facilitator().map(this::displayName);
        Optional<String> topic = session.topic().flatMap(type::topic).map(Topic::name);
        return new SessionRow(session.id(), session.title(), type.id(), type.name(), session.date(),
                session.startTime(), session.location(), session.area(), session.facilitator(), facilitator,
                session.externalFacilitators(), topic, session.status(),
                MemorySessionAttendanceCount.count(store, session.id()));
    }

    private String displayName(UserId user) {
        return store.users.get(user).map(User::displayName).orElseThrow();
    }

    private static Comparator<SessionRow> comparator(SessionFilter.SortProperty property) {
        return switch (property) {
            case title -> Comparator.comparing(row -> lower(row.title()));
            case type -> Comparator.comparing(row -> lower(row.typeName()));
            case date -> Comparator.comparing(SessionRow::date);
            case location -> Comparator.comparing(row -> lower(row.location()));
            // the user facilitator's name, or else the first external facilitator's
            case facilitator -> Comparator.comparing(row -> lower(row.facilitatorNames().getFirst()));
            // like PostgreSQL, sessions without a topic come last when ascending
            case topic -> Comparator.comparing(row -> row.topicName().map(MemoryText::lower).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case status -> Comparator.comparing(row -> row.status().name());
        };
    }

    private boolean matches(Session session, SessionFilter filter) {
        return filter.type().map(type -> type.equals(session.typeId())).orElse(true)
                && filter.from().map(from -> !session.date().isBefore(from)).orElse(true)
                && filter.to().map(to -> !session.date().isAfter(to)).orElse(true)
                && lower(session.location()).contains(lower(filter.locationContains()))
                && filter.status().map(status -> status == session.status()).orElse(true)
                && filter.involving().map(session::involves).orElse(true)
                && (filter.facilitatorContains().isEmpty() || runBy(session).stream()
                        .anyMatch(name -> lower(name).contains(lower(filter.facilitatorContains()))));
    }

    /** The names of everyone who runs the session: user facilitator, co-facilitators, external facilitators. */
    private List<String> runBy(Session session) {
        List<String> names = new ArrayList<>();
        session.facilitator().ifPresent(id -> names.add(displayName(id)));
        session.coFacilitators().forEach(id -> names.add(displayName(id)));
        names.addAll(session.externalFacilitators());
        return names;
    }

    static Session copy(Session session, Version version) {
        return Session.reconstitute(session.id(), session.typeId(), session.plan(), session.status(),
                session.cancelReason(), version);
    }
}
