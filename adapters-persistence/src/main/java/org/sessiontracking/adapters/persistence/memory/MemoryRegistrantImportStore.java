package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The bulk write of a checked import, and what an import reads of stored registrants, in the store. */
final class MemoryRegistrantImportStore implements RegistrantImportStore {

    private final MemoryStore store;

    MemoryRegistrantImportStore(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Map<String, RegistrantKind> kindsOf(Collection<String> externalIds) {
        Set<String> wanted = new HashSet<>(externalIds);
        return store.atomically(() -> {
            Map<String, RegistrantKind> kinds = new TreeMap<>();
            store.registrants.all().stream().filter(r -> wanted.contains(r.externalId().value()))
                    .forEach(r -> kinds.put(r.externalId().value(), r.kind()));
            return kinds;
        });
    }

    @Override
    public Map<String, List<String>> membersOf(Collection<String> groupExternalIds) {
        return store.atomically(() -> {
            Map<String, List<String>> members = new TreeMap<>();
            for (String household : new TreeSet<>(groupExternalIds)) {
                byExternalId(household).ifPresent(group -> {
                    List<String> ids = store.registrants.all().stream()
                            .filter(r -> r.groupId().equals(Optional.of(group.id())))
                            .map(r -> r.externalId().value()).sorted().toList();
                    if (!ids.isEmpty()) {
                        members.put(household, ids);
                    }
                });
            }
            return members;
        });
    }

    @Override
    public Counts store(List<ImportedRegistrant> rows) {
        return store.atomically(() -> storeAll(rows));
    }

    private Counts storeAll(List<ImportedRegistrant> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportedRegistrant> householdsFirst = Stream.concat(
                rows.stream().filter(row -> row.details().kind() == RegistrantKind.GROUP),
                rows.stream().filter(row -> row.details().kind() != RegistrantKind.GROUP)).toList();
        for (ImportedRegistrant row : householdsFirst) {
            Optional<RegistrantId> groupId = row.groupExternalId().map(id -> byExternalId(id)
                    .orElseThrow(() -> new IllegalStateException("unknown group " + id)).id());
            Optional<Registrant> existing = byExternalId(row.externalId().value());
            if (existing.isEmpty()) {
                RegistrantId id = new RegistrantId(store.registrantIds.incrementAndGet());
                store.registrants.put(id, Registrant.reconstitute(id, row.externalId(), row.details(), groupId,
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
            store.registrants.put(stored.id(), Registrant.reconstitute(stored.id(), stored.externalId(), row.details(),
                    groupId, active, stored.version().next()));
            updated++;
        }
        return new Counts(created, updated, unchanged);
    }

    private Optional<Registrant> byExternalId(String externalId) {
        return store.registrants.all().stream().filter(r -> r.externalId().value().equals(externalId)).findFirst();
    }
}
