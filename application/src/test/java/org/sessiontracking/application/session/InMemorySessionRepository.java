package org.sessiontracking.application.session;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.port.out.SessionAttendanceCount;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.User;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A faithful in-memory {@link SessionRepository}: kept honest by {@link SessionRepositoryContract}.
 * Grid rows read type, topic and facilitator names from the given repositories, as the database
 * adapter joins them.
 */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(5000);
    private final SessionTypeRepository types;
    private final UserRepository users;
    private final SessionAttendanceCount attendance;

    public InMemorySessionRepository(SessionTypeRepository types, UserRepository users,
                                     SessionAttendanceCount attendance) {
        this.types = types;
        this.users = users;
        this.attendance = attendance;
    }

    @Override
    public SessionId nextId() {
        return new SessionId(ids.incrementAndGet());
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(session -> copy(session, session.version()));
    }

    @Override
    public void addAll(List<Session> added) {
        for (Session session : added) {
            if (sessions.containsKey(session.id())) {
                throw new IllegalStateException("session " + session.id() + " already exists");
            }
        }
        added.forEach(session -> sessions.put(session.id(), copy(session, Version.NEW)));
    }

    @Override
    public void update(Session session) {
        Session stored = sessions.get(session.id());
        if (stored == null || !stored.version().equals(session.version())) {
            throw new ConcurrentModificationException("Session '" + session.title()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        sessions.put(session.id(), copy(session, session.version().next()));
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
        order = order.thenComparing(row -> -row.id().value());
        return sessions.values().stream().filter(session -> matches(session, filter)).map(this::row)
                .sorted(order).skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public int count(SessionFilter filter) {
        return (int) sessions.values().stream().filter(session -> matches(session, filter)).count();
    }

    private SessionRow row(Session session) {
        SessionType type = types.findById(session.typeId()).orElseThrow();
        Optional<User> facilitator = session.facilitator().map(id -> users.findById(id).orElseThrow());
        Optional<String> topic = session.topic().flatMap(type::topic).map(Topic::name);
        return new SessionRow(session.id(), session.title(), type.id(), type.name(), session.date(),
                session.startTime(), session.location(), session.area(), session.facilitator(),
                facilitator.map(User::displayName), session.externalFacilitators(), topic, session.status(),
                attendance.countFor(session.id()));
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
            case topic -> Comparator.comparing(row -> row.topicName().map(InMemorySessionRepository::lower)
                    .orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
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
        session.facilitator().ifPresent(id -> names.add(users.findById(id).orElseThrow().displayName()));
        session.coFacilitators().forEach(id -> names.add(users.findById(id).orElseThrow().displayName()));
        names.addAll(session.externalFacilitators());
        return names;
    }

    private static Session copy(Session session, Version version) {
        return Session.reconstitute(session.id(), session.typeId(), session.plan(), session.status(),
                session.cancelReason(), version);
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
