package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.verification.PeriodEvent;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Frozen compliance lists in the store: a closing takes the in-memory compliance list (the same rule as
 * the live list, {@link MemoryComplianceQuery}) of the period's type, dates and policy, as it is, with
 * the registrants' names and households. A stored version is never replaced.
 */
final class MemoryFrozenLists implements FrozenComplianceLists {

    record Key(VerificationPeriodId period, int version) {
    }

    /** A version and its rows by name then registrant id, each with the registrant's household then. */
    record Frozen(FrozenVersion version, List<Entry> rows) {
    }

    record Entry(FrozenRow row, Optional<RegistrantId> group) {
    }

    private static final Comparator<FrozenRow> BY_NAME = Comparator
            .comparing((FrozenRow row) -> row.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(row -> row.registrant().value());

    private final MemoryStore store;
    private final MemoryComplianceQuery compliance;

    MemoryFrozenLists(MemoryStore store, MemoryComplianceQuery compliance) {
        this.store = store;
        this.compliance = compliance;
    }

    @Override
    public FrozenVersion freeze(VerificationPeriod period, PeriodEvent closing, CompliancePolicy policy) {
        return store.atomically(() -> {
            Key key = new Key(period.id(), closing.version());
            if (store.frozen.contains(key)) {
                throw new IllegalStateException("version " + closing.version() + " of period " + period.id().value()
                        + " is already frozen (primary key)");
            }
            List<Entry> rows = new ArrayList<>();
            Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
            for (ComplianceStatus status : ComplianceStatus.values()) {
                totals.put(status, 0);
            }
            compliance.forEach(ComplianceCriteria.of(period.type(), new Period(period.from(), period.to())), policy,
                    row -> {
                        Optional<RegistrantId> group = store.registrants.get(row.registrant())
                                .flatMap(Registrant::groupId);
                        rows.add(new Entry(new FrozenRow(row.registrant(), row.externalId(), row.name(), row.area(),
                                row.group(), row.counts(), row.attended(), row.counted(), row.status(),
                                row.missing(), Optional.empty()), group));
                        totals.merge(row.status(), 1, Integer::sum);
                    });
            rows.sort(Comparator.comparing(Entry::row, BY_NAME));
            FrozenVersion version = new FrozenVersion(period.id(), closing.version(), closing.byName(), closing.at(),
                    policy, totals);
            store.frozen.put(key, new Frozen(version, List.copyOf(rows)));
            return version;
        });
    }

    @Override
    public List<FrozenVersion> versions(VerificationPeriodId period) {
        return store.atomically(() -> store.frozen.all().stream().map(Frozen::version)
                .filter(version -> version.period().equals(period))
                .sorted(Comparator.comparingInt(FrozenVersion::version)).toList());
    }

    @Override
    public List<FrozenRow> page(VerificationPeriodId period, int version, boolean changedOnly, int offset, int limit) {
        return store.atomically(() -> withPrevious(period, version, changedOnly).skip(offset).limit(limit).toList());
    }

    @Override
    public int count(VerificationPeriodId period, int version, boolean changedOnly) {
        return store.atomically(() -> (int) withPrevious(period, version, changedOnly).count());
    }

    private Stream<FrozenRow> withPrevious(VerificationPeriodId period, int version, boolean changedOnly) {
        List<Entry> rows = rows(store, period, version);
        if (version == 1) {
            return changedOnly ? Stream.empty() : rows.stream().map(Entry::row);
        }
        Map<RegistrantId, FrozenRow> before = new HashMap<>();
        rows(store, period, version - 1).forEach(entry -> before.put(entry.row().registrant(), entry.row()));
        return rows.stream().map(Entry::row).map(row -> {
            FrozenRow old = before.get(row.registrant());
            if (old != null && old.counts().equals(row.counts()) && old.status() == row.status()) {
                return row;
            }
            FrozenRow.Previous previous = old == null ? FrozenRow.Previous.absent()
                    : new FrozenRow.Previous(Optional.of(old.counts()), Optional.of(old.status()), old.attended(),
                    old.counted());
            return row.withPrevious(previous);
        }).filter(row -> !changedOnly || row.previous().isPresent());
    }

    static List<Entry> rows(MemoryStore store, VerificationPeriodId period, int version) {
        return store.frozen.get(new Key(period, version)).map(Frozen::rows).orElse(List.of());
    }

    @Override
    public void forEach(VerificationPeriodId period, int version, Consumer<FrozenRow> row) {
        store.atomically(() -> rows(store, period, version)).forEach(entry -> row.accept(entry.row()));
    }
}
