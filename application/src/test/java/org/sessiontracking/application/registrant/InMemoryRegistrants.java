package org.sessiontracking.application.registrant;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A faithful in-memory {@link RegistrantRepository} and {@link RegistrantImportStore} over one set of
 * registrants: kept honest by {@link RegistrantRepositoryContract}.
 */
public final class InMemoryRegistrants implements RegistrantRepository, RegistrantImportStore {

    private final Map<RegistrantId, Registrant> registrants = new LinkedHashMap<>();
    private long nextId = 1000;

    /** Stores a registrant as it is (tests arrange data with it); returns the stored copy's id. */
    public Registrant add(Registrant registrant) {
        registrants.put(registrant.id(), copy(registrant, registrant.version().value()));
        nextId = Math.max(nextId, registrant.id().value());
        return registrant;
    }

    public int size() {
        return registrants.size();
    }

    @Override
    public Optional<Registrant> findById(RegistrantId id) {
        return Optional.ofNullable(registrants.get(id)).map(r -> copy(r, r.version().value()));
    }

    @Override
    public Optional<RegistrantSummary> summary(RegistrantId id) {
        return Optional.ofNullable(registrants.get(id)).map(this::summarise);
    }

    @Override
    public void update(Registrant registrant) {
        Registrant stored = registrants.get(registrant.id());
        if (stored == null || !stored.version().equals(registrant.version())) {
            throw new ConcurrentModificationException("Registrant '" + registrant.externalId()
                    + "' was changed by someone else. Reload it to see their changes, then make yours again.");
        }
        registrants.put(registrant.id(), copy(registrant, registrant.version().value() + 1));
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
        return matching(filter).sorted(order).skip(page.offset()).limit(page.limit()).map(this::summarise).toList();
    }

    @Override
    public int countUpTo(RegistrantFilter filter, int cap) {
        return (int) matching(filter).limit(cap + 1L).count();
    }

    @Override
    public List<RegistrantSummary> list(RegistrantFilter filter) {
        return matching(filter).sorted(byName().thenComparing(r -> r.id().value())).map(this::summarise).toList();
    }

    @Override
    public List<String> areas() {
        return registrants.values().stream().map(r -> r.details().area()).filter(area -> !area.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    @Override
    public List<RegistrantSummary> findByExternalIds(Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        return registrants.values().stream().filter(r -> wanted.contains(r.externalId().value()))
                .sorted(Comparator.comparing(r -> r.externalId().value())).map(this::summarise).toList();
    }

    @Override
    public int countMembers(RegistrantId groupId) {
        return (int) registrants.values().stream().filter(r -> r.groupId().equals(Optional.of(groupId))).count();
    }

    @Override
    public Map<String, RegistrantKind> kindsOf(Collection<String> externalIds) {
        Map<String, RegistrantKind> kinds = new TreeMap<>();
        Set<String> wanted = new HashSet<>(externalIds);
        registrants.values().stream().filter(r -> wanted.contains(r.externalId().value()))
                .forEach(r -> kinds.put(r.externalId().value(), r.kind()));
        return kinds;
    }

    @Override
    public Map<String, List<String>> membersOf(Collection<String> groupExternalIds) {
        Map<String, List<String>> members = new TreeMap<>();
        for (String household : new TreeSet<>(groupExternalIds)) {
            byExternalId(household).ifPresent(group -> {
                List<String> ids = registrants.values().stream()
                        .filter(r -> r.groupId().equals(Optional.of(group.id())))
                        .map(r -> r.externalId().value()).sorted().toList();
                if (!ids.isEmpty()) {
                    members.put(household, ids);
                }
            });
        }
        return members;
    }

    @Override
    public Counts store(List<ImportedRegistrant> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportedRegistrant> householdsFirst = Stream.concat(
                rows.stream().filter(row -> row.details().kind() == RegistrantKind.GROUP),
                rows.stream().filter(row -> row.details().kind() != RegistrantKind.GROUP)).toList();
        for (ImportedRegistrant row : householdsFirst) {
            Optional<RegistrantId> groupId = row.groupExternalId()
                    .map(id -> byExternalId(id).orElseThrow(() -> new IllegalStateException("unknown group " + id)).id());
            Optional<Registrant> existing = byExternalId(row.externalId().value());
            if (existing.isEmpty()) {
                RegistrantId id = new RegistrantId(++nextId);
                registrants.put(id, Registrant.reconstitute(id, row.externalId(), row.details(), groupId,
                        row.active().orElse(true), Version.NEW));
                created++;
                continue;
            }
            Registrant stored = existing.get();
            boolean active = row.active().orElse(stored.active());
            if (stored.details().equals(row.details()) && stored.groupId().equals(groupId) && stored.active() == active) {
                unchanged++;
                continue;
            }
            registrants.put(stored.id(), Registrant.reconstitute(stored.id(), stored.externalId(), row.details(),
                    groupId, active, stored.version().next()));
            updated++;
        }
        return new Counts(created, updated, unchanged);
    }

    private Optional<Registrant> byExternalId(String externalId) {
        return registrants.values().stream().filter(r -> r.externalId().value().equals(externalId)).findFirst();
    }

    private Stream<Registrant> matching(RegistrantFilter filter) {
        return registrants.values().stream().filter(r -> matches(r, filter));
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
        Optional<GroupRef> group = registrant.groupId().map(registrants::get).filter(Objects::nonNull)
                .map(GroupRef::of);
        return RegistrantSummary.of(registrant, group);
    }

    private static Registrant copy(Registrant r, int version) {
        return Registrant.reconstitute(r.id(), new ExternalId(r.externalId().value()), r.details(), r.groupId(),
                r.active(), r.granteeId(), new Version(version));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
