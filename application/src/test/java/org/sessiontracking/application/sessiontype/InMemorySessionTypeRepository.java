package org.sessiontracking.application.sessiontype;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.common.Version;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A faithful in-memory {@link SessionTypeRepository}: kept honest by {@link SessionTypeRepositoryContract}. */
public final class InMemorySessionTypeRepository implements SessionTypeRepository {

    private final Map<SessionTypeId, SessionType> types = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final AtomicLong topicIds = new AtomicLong(1000);

    @Override
    public SessionTypeId nextId() {
        return new SessionTypeId(ids.incrementAndGet());
    }

    @Override
    public TopicId nextTopicId() {
        return new TopicId(topicIds.incrementAndGet());
    }

    @Override
    public Optional<SessionType> findById(SessionTypeId id) {
        return Optional.ofNullable(types.get(id)).map(type -> copy(type, type.version().value()));
    }

    @Override
    public Optional<SessionType> findByName(String name) {
        return types.values().stream().filter(type -> lower(type.name()).equals(lower(name.strip())))
                .findFirst().flatMap(type -> findById(type.id()));
    }

    @Override
    public Optional<SessionType> findByCode(String code) {
        return types.values().stream()
                .filter(type -> type.details().code().map(InMemorySessionTypeRepository::lower)
                        .equals(Optional.of(lower(code.strip()))))
                .findFirst().flatMap(type -> findById(type.id()));
    }

    @Override
    public void add(SessionType type) {
        requireUnique(type);
        types.put(type.id(), copy(type, 0));
    }

    @Override
    public void update(SessionType type) {
        SessionType stored = types.get(type.id());
        if (stored == null || !stored.version().equals(type.version())) {
            throw new ConcurrentModificationException("Session type '" + type.name()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        requireUnique(type);
        types.put(type.id(), copy(type, type.version().value() + 1));
    }

    @Override
    public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
        Comparator<SessionType> order = Comparator.comparing(type -> lower(type.name()));
        for (PageRequest.SortOrder sort : page.sort().reversed()) {
            Comparator<SessionType> by = comparator(SessionTypeFilter.SortProperty.valueOf(sort.property()));
            order = (sort.ascending() ? by : by.reversed()).thenComparing(order);
        }
        return types.values().stream().filter(type -> matches(type, filter)).sorted(order)
                .skip(page.offset()).limit(page.limit())
                .map(type -> copy(type, type.version().value())).toList();
    }

    @Override
    public int count(SessionTypeFilter filter) {
        return (int) types.values().stream().filter(type -> matches(type, filter)).count();
    }

    private static Comparator<SessionType> comparator(SessionTypeFilter.SortProperty property) {
        return switch (property) {
            case name -> Comparator.comparing(type -> lower(type.name()));
            case frequency -> Comparator.comparing(type -> type.details().frequency());
            case durationHours -> Comparator.comparing(type -> type.details().durationHours());
            case requiredAttendance -> Comparator.comparingInt(type -> type.details().requiredAttendance());
            case topicTracking -> Comparator.comparing(SessionType::topicTracking);
            case topicCount -> Comparator.comparingLong(type -> type.topics().stream().filter(t -> t.active()).count());
            case active -> Comparator.comparing(SessionType::active);
        };
    }

    private static boolean matches(SessionType type, SessionTypeFilter filter) {
        String part = lower(filter.nameContains());
        boolean text = lower(type.name()).contains(part)
                || type.details().code().map(code -> lower(code).contains(part)).orElse(false);
        return text && (filter.includeRetired() || type.active());
    }

    /** What the database's unique indexes and its names-and-codes trigger refuse. */
    private void requireUnique(SessionType type) {
        for (SessionType other : types.values()) {
            if (!other.id().equals(type.id())) {
                type.details().clashWith(other.details()).ifPresent(clash -> {
                    throw new DuplicateException(clash.field(), clash.message());
                });
            }
        }
    }

    private static SessionType copy(SessionType type, int version) {
        return SessionType.reconstitute(type.id(), type.details(), type.topicTracking(), type.topics(),
                type.active(), new Version(version));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
