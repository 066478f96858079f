package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/** Registrants one at a time and their search, in the store's registrants table. */
final class MemoryRegistrantRepository implements RegistrantRepository {

    private final MemoryStore store;

    MemoryRegistrantRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Registrant> findById(RegistrantId id) {
        return store.atomically(() -> store.registrants.get(id).map(r -> copy(r, r.version())));
    }

    @Override
    public Optional<RegistrantSummary> summary(RegistrantId id) {
        return store.atomically(() -> store.registrants.get(id).map(this::summarise));
    }

    @Override
    public void update(Registrant registrant) {
        store.atomically(() -> {
            Registrant stored = store.registrants.get(registrant.id()).orElse(null);
            if (stored == null || !stored.version().equals(registrant.version())) {
                throw new ConcurrentModificationException("Registrant '" + registrant.externalId()
                        + "' was changed by someone else. Reload it to see their changes, then make yours again.");
            }
            store.registrants.put(registrant.id(), copy(registrant, registrant.version().next()));
            return null;
        });
    }

    @Override
    public List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page) {
        Comparator<Registrant> order = byName().thenComparing(r -> r.id().value());
        if (!page.sort().isEmpty()) {
            order = Comparator.comparing(r -> r.id().value());
            for (PageRequest.SortOrder sort : page.sort().reversed()) {
                order = comparator(RegistrantFilter.SortProperty.valueOf(sort.property()), sort.ascending())
                        .thenComparing(order);
            }
        }
        Comparator<Registrant> sorted = order;
        return store.atomically(() -> matching(filter).sorted(sorted).skip(page.offset()).limit(page.limit())
                .map(this::summarise).toList());
    }

    @Override
    public int countUpTo(RegistrantFilter filter, int cap) {
        return store.atomically(() -> (int) matching(filter).limit(cap + 1L).count());
    }

    @Override
    public List<RegistrantSummary> list(RegistrantFilter filter) {
        return store.atomically(() -> matching(filter).sorted(byName().thenComparing(r -> r.id().value()))
                .map(this::summarise).toList());
    }

    @Override
    public List<String> areas() {
        return store.atomically(() -> List.copyOf(store.registrants.all().stream().map(r -> r.details().area())
                .filter(area -> !area.isEmpty()).collect(java.util.stream.Collectors.toCollection(TreeSet::new))));
    }

    @Override
    public List<RegistrantSummary> findByExternalIds(Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        return store.atomically(() -> store.registrants.all().stream()
                .filter(r -> wanted.contains(r.externalId().value()))
                .sorted(Comparator.comparing(r -> r.externalId().value())).map(this::summarise).toList());
    }

    @Override
    public int countMembers(RegistrantId groupId) {
        return store.atomically(() -> (int) store.registrants.all().stream()
                .filter(r -> r.groupId().equals(Optional.of(groupId))).count());
    }

    private Stream<Registrant> matching(RegistrantFilter filter) {
        return store.registrants.all().stream().filter(r -> matches(r, filter));
    }

    private static boolean matches(Registrant r, RegistrantFilter filter) {
        String text = lower(filter.text());
        boolean textMatches = text.isEmpty() || lower(r.externalId().value()).startsWith(text)
                || (text.length() >= RegistrantFilter.CONTAINS_FROM
                ? lower(r.fullName()).contains(text) : lower(r.fullName()).startsWith(text));
        return textMatches
                && filter.area().map(area -> area.equals(r.details().area())).orElse(true)
                && filter.groupId().map(group -> r.groupId().equals(Optional.of(group))).orElse(true)
                && filter.kind().map(kind -> kind == r.kind()).orElse(true)
                && (!filter.activeOnly() || r.active());
    }

    private static Comparator<Registrant> byName() {
        return Comparator.comparing(r -> lower(r.fullName()));
    }

    /** Like PostgreSQL: empty values last when ascending, first when descending. */
    private static Comparator<Registrant> comparator(RegistrantFilter.SortProperty property, boolean ascending) {
        Comparator<Registrant> comparator = switch (property) {
            case externalId -> Comparator.comparing(r -> r.externalId().value());
            case fullName -> byName();
            case area -> Comparator.comparing(r -> r.details().area());
            case birthDate -> nullsLast(r -> r.details().birthDate().orElse(null));
        };
        return ascending ? comparator : comparator.reversed();
    }

    private static <T extends Comparable<? super T>> Comparator<Registrant> nullsLast(Function<Registrant, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private RegistrantSummary summarise(Registrant registrant) {
        return RegistrantSummary.of(registrant, registrant.groupId().flatMap(store.registrants::get).map(GroupRef::of));
    }

    private static Registrant copy(Registrant r, Version version) {
        return Registrant.reconstitute(r.id(), new ExternalId(r.externalId().value()), r.details(), r.groupId(),
                r.active(), r.granteeId(), version);
    }
}
