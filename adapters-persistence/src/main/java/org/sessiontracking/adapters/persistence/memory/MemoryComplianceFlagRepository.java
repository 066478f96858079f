package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.FlagRow;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.toMicros;

/**
 * Compliance flags, in the store's flags table. Like the database's foreign keys it refuses flags about
 * registrants, session types or users that are not stored; their names fill the {@link FlagRow}s.
 */
final class MemoryComplianceFlagRepository implements ComplianceFlagRepository {

    private static final Comparator<ComplianceFlag> LATEST_FIRST = Comparator.comparing(ComplianceFlag::raisedAt)
            .thenComparingLong(flag -> flag.id().value()).reversed();

    private final MemoryStore store;

    MemoryComplianceFlagRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public ComplianceFlagId nextId() {
        return new ComplianceFlagId(store.flagIds.incrementAndGet());
    }

    @Override
    public Optional<ComplianceFlag> findById(ComplianceFlagId id) {
        return store.atomically(() -> store.flags.get(id).map(flag -> copy(flag, flag.version())));
    }

    @Override
    public void add(ComplianceFlag flag) {
        store.atomically(() -> {
            requireKnown(flag);
            if (store.flags.contains(flag.id())) {
                throw new IllegalStateException("flag " + flag.id().value() + " is already stored (primary key)");
            }
            store.flags.put(flag.id(), copy(flag, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(ComplianceFlag flag) {
        store.atomically(() -> {
            ComplianceFlag stored = store.flags.get(flag.id()).orElse(null);
            if (stored == null || !stored.version().equals(flag.version())) {
                throw new ConcurrentModificationException("Someone else changed this flag meanwhile; reload it");
            }
            requireKnown(flag);
            store.flags.put(flag.id(), copy(flag, flag.version().next()));
            return null;
        });
    }

    @Override
    public List<FlagRow> list(FlagFilter filter, PageRequest page) {
        if (!page.sort().isEmpty()) {
            throw new IllegalArgumentException("flags are listed latest first only; cannot sort by "
                    + page.sort().stream().map(PageRequest.SortOrder::property).toList());
        }
        return store.atomically(() -> store.flags.all().stream().filter(flag -> matches(flag, filter))
                .sorted(LATEST_FIRST).skip(page.offset()).limit(page.limit()).map(this::row).toList());
    }

    @Override
    public int count(FlagFilter filter) {
        return store.atomically(() -> (int) store.flags.all().stream().filter(flag -> matches(flag, filter)).count());
    }

    private FlagRow row(ComplianceFlag flag) {
        var registrant = store.registrants.get(flag.registrant()).orElseThrow();
        String resolvedBy = flag.resolution().map(resolution -> userName(resolution.by())).orElse("");
        return new FlagRow(copy(flag, flag.version()), registrant.fullName(), registrant.externalId().value(),
                store.types.get(flag.sessionType()).orElseThrow().name(), userName(flag.raisedBy()), resolvedBy);
    }

    private String userName(UserId id) {
        return store.users.get(id).map(User::displayName).orElseThrow();
    }

    private static boolean matches(ComplianceFlag flag, FlagFilter filter) {
        return filter.type().map(flag.sessionType()::equals).orElse(true)
                && filter.kind().map(flag.kind()::equals).orElse(true)
                && filter.registrant().map(flag.registrant()::equals).orElse(true)
                && (!filter.openOnly() || flag.open());
    }

    private void requireKnown(ComplianceFlag flag) {
        requireKnown(store.registrants.contains(flag.registrant()), "registrant " + flag.registrant().value());
        requireKnown(store.types.contains(flag.sessionType()), "session type " + flag.sessionType().value());
        requireKnown(store.users.contains(flag.raisedBy()), "user " + flag.raisedBy().value());
        flag.resolution().ifPresent(resolution ->
                requireKnown(store.users.contains(resolution.by()), "user " + resolution.by().value()));
    }

    private static void requireKnown(boolean known, String what) {
        if (!known) {
            throw new IllegalStateException("The flag refers to " + what + ", which is not stored (foreign key)");
        }
    }

    private static ComplianceFlag copy(ComplianceFlag flag, Version version) {
        ComplianceFlag.Resolution resolution = flag.resolution()
                .map(it -> new ComplianceFlag.Resolution(it.by(), toMicros(it.at()), it.note())).orElse(null);
        return ComplianceFlag.reconstitute(flag.id(), flag.registrant(), flag.sessionType(), flag.kind(), flag.note(),
                flag.raisedBy(), toMicros(flag.raisedAt()), resolution, version);
    }
}
