package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** Session types with their topics, in the store's types table. */
final class MemorySessionTypeRepository implements SessionTypeRepository {

    private final MemoryStore store;

    MemorySessionTypeRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public SessionTypeId nextId() {
        return new SessionTypeId(store.typeIds.incrementAndGet());
    }

    @Override
    public TopicId nextTopicId() {
        return new TopicId(store.topicIds.incrementAndGet());
    }

    @Override
    public Optional<SessionType> findById(SessionTypeId id) {
        return store.atomically(() -> store.types.get(id).map(type -> copy(type, type.version())));
    }

    @Override
    public Optional<SessionType> findByName(String name) {
        return store.atomically(() -> store.types.all().stream()
                .filter(type -> lower(type.name()).equals(lower(name.strip())))
                .findFirst().map(type -> copy(type, type.version())));
    }

    @Override
    public Optional<SessionType> findByCode(String code) {
        return store.atomically(() -> store.types.all().stream()
                .filter(type -> type.details().code().map(MemoryText::lower).equals(Optional.of(lower(code.strip()))))
                .findFirst().map(type -> copy(type, type.version())));
    }

    @Override
    public void add(SessionType type) {
        store.atomically(() -> {
            requireUnique(type);
            store.types.put(type.id(), copy(type, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(SessionType type) {
        store.atomically(() -> {
            SessionType stored = store.types.get(type.id()).orElse(null);
            if (stored == null || !stored.version().equals(type.version())) {
                throw new ConcurrentModificationException("Session type '" + type.name()
                        + "' was changed by someone else. Reload it to see their changes, then make yours again.");
            }
            requireUnique(type);
            store.types.put(type.id(), copy(type, type.version().next()));
            return null;
        });
    }

    @Override
    public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
        Comparator<SessionType> order = Comparator.comparing(type -> lower(type.name()));
        for (PageRequest.SortOrder sort : page.sort().reversed()) {
            Comparator<SessionType> by = comparator(SessionTypeFilter.SortProperty.valueOf(sort.property()));
            order = (sort.ascending() ? by : by.reversed()).thenComparing(order);
        }
        Comparator<SessionType> sorted = order;
        return store.atomically(() -> store.types.all().stream().filter(type -> matches(type, filter)).sorted(sorted)
                .skip(page.offset()).limit(page.limit()).map(type -> copy(type, type.version())).toList());
    }

    @Override
    public int count(SessionTypeFilter filter) {
        return store.atomically(() -> (int) store.types.all().stream().filter(type -> matches(type, filter)).count());
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
        for (SessionType other : store.types.all()) {
            if (!other.id().equals(type.id())) {
                type.details().clashWith(other.details()).ifPresent(clash -> {
                    throw new DuplicateException(clash.field(), clash.message());
                });
            }
        }
    }

    static SessionType copy(SessionType type, Version version) {
        return SessionType.reconstitute(type.id(), type.details(), type.topicTracking(), type.topics(),
                type.active(), version);
    }
}
