package org.sessiontracking.application.compliance;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A faithful in-memory {@link ComplianceFlagRepository}, kept honest by {@link ComplianceFlagRepositoryContract}.
 * Like the database's foreign keys, it refuses flags about registrants, session types or users it was not told
 * about ({@link #knowsRegistrant}, {@link #knowsType}, {@link #knowsUser}); their names fill the {@link FlagRow}s.
 */
public final class InMemoryComplianceFlagRepository implements ComplianceFlagRepository {

    private static final Comparator<ComplianceFlag> LATEST_FIRST = Comparator.comparing(ComplianceFlag::raisedAt)
            .thenComparingLong(flag -> flag.id().value()).reversed();

    private record RegistrantNames(String externalId, String name) {
    }

    private final Map<ComplianceFlagId, ComplianceFlag> flags = new LinkedHashMap<>();
    private final Map<RegistrantId, RegistrantNames> registrants = new HashMap<>();
    private final Map<SessionTypeId, String> types = new HashMap<>();
    private final Map<UserId, String> users = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    public InMemoryComplianceFlagRepository knowsRegistrant(RegistrantId id, String externalId, String name) {
        registrants.put(id, new RegistrantNames(externalId, name));
        return this;
    }

    public InMemoryComplianceFlagRepository knowsType(SessionTypeId id, String name) {
        types.put(id, name);
        return this;
    }

    public InMemoryComplianceFlagRepository knowsUser(UserId id, String displayName) {
        users.put(id, displayName);
        return this;
    }

    @Override
    public ComplianceFlagId nextId() {
        return new ComplianceFlagId(ids.incrementAndGet());
    }

    @Override
    public Optional<ComplianceFlag> findById(ComplianceFlagId id) {
        return Optional.ofNullable(flags.get(id)).map(flag -> copy(flag, flag.version()));
    }

    @Override
    public void add(ComplianceFlag flag) {
        requireKnown(flag);
        if (flags.containsKey(flag.id())) {
            throw new IllegalStateException("flag " + flag.id().value() + " is already stored (primary key)");
        }
        flags.put(flag.id(), copy(flag, Version.NEW));
    }

    @Override
    public void update(ComplianceFlag flag) {
        ComplianceFlag stored = flags.get(flag.id());
        if (stored == null || !stored.version().equals(flag.version())) {
            throw new ConcurrentModificationException("Someone else changed this flag meanwhile; reload it");
        }
        requireKnown(flag);
        flags.put(flag.id(), copy(flag, flag.version().next()));
    }

    @Override
    public List<FlagRow> list(FlagFilter filter, PageRequest page) {
        if (!page.sort().isEmpty()) {
            throw new IllegalArgumentException("flags are listed latest first only; cannot sort by "
                    + page.sort().stream().map(PageRequest.SortOrder::property).toList());
        }
        return flags.values().stream().filter(flag -> matches(flag, filter)).sorted(LATEST_FIRST)
                .skip(page.offset()).limit(page.limit()).map(this::row).toList();
    }

    @Override
    public int count(FlagFilter filter) {
        return (int) flags.values().stream().filter(flag -> matches(flag, filter)).count();
    }

    private FlagRow row(ComplianceFlag flag) {
        RegistrantNames registrant = registrants.get(flag.registrant());
        String resolvedBy = flag.resolution().map(resolution -> users.get(resolution.by())).orElse("");
        return new FlagRow(copy(flag, flag.version()), registrant.name(), registrant.externalId(),
                types.get(flag.sessionType()), users.get(flag.raisedBy()), resolvedBy);
    }

    private static boolean matches(ComplianceFlag flag, FlagFilter filter) {
        return filter.type().map(flag.sessionType()::equals).orElse(true)
                && filter.kind().map(flag.kind()::equals).orElse(true)
                && filter.registrant().map(flag.registrant()::equals).orElse(true)
                && (!filter.openOnly() || flag.open());
    }

    private void requireKnown(ComplianceFlag flag) {
        requireKnown(registrants.containsKey(flag.registrant()), "registrant " + flag.registrant().value());
        requireKnown(types.containsKey(flag.sessionType()), "session type " + flag.sessionType().value());
        requireKnown(users.containsKey(flag.raisedBy()), "user " + flag.raisedBy().value());
        flag.resolution().ifPresent(resolution ->
                requireKnown(users.containsKey(resolution.by()), "user " + resolution.by().value()));
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

    /** PostgreSQL keeps timestamps to the microsecond, rounding finer input to the nearest one. */
    private static Instant toMicros(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond(), (instant.getNano() + 500L) / 1000 * 1000);
    }
}
