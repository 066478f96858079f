package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.FrozenCompliance;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The frozen lists of {@link MemoryFrozenLists} as the compliance export reads them for a closed period. */
final class MemoryFrozenCompliance implements FrozenCompliance {

    private final MemoryStore store;

    MemoryFrozenCompliance(MemoryStore store) {
        this.store = store;
    }

    @Override
    public org.sessiontracking.domain.compliance.CompliancePolicy policyOf(VerificationPeriodId period, int version) {
        return store.atomically(() -> store.frozen.get(new MemoryFrozenLists.Key(period, version)).orElseThrow(
                () -> new IllegalArgumentException("no version " + version + " of period " + period))
                .version().policy());
    }

    @Override
    public Optional<VerificationPeriod> periodWithDates(SessionTypeId type, Period dates) {
        return store.atomically(() -> store.periods.all().stream()
                .filter(period -> period.type().equals(type) && period.from().equals(dates.from())
                        && period.to().equals(dates.to()))
                .findFirst());
    }

    @Override
    public void forEach(VerificationPeriodId period, int version, ComplianceCriteria criteria,
                        Consumer<ComplianceRow> consumer) {
        List<ComplianceRow> rows = store.atomically(() -> {
            Map<RegistrantId, Integer> flags = new HashMap<>();
            store.flags.all().stream().filter(flag -> flag.open() && flag.sessionType().equals(criteria.type()))
                    .forEach(flag -> flags.merge(flag.registrant(), 1, Integer::sum));
            return MemoryFrozenLists.rows(store, period, version).stream()
                    .filter(entry -> criteria.status().map(status -> status == entry.row().status()).orElse(true))
                    .filter(entry -> criteria.area().isEmpty() || criteria.area().equalsIgnoreCase(entry.row().area()))
                    .filter(entry -> criteria.group().map(group -> entry.group().equals(Optional.of(group))).orElse(true))
                    .map(MemoryFrozenLists.Entry::row)
                    .map(row -> new ComplianceRow(row.registrant(), row.externalId(), row.name(), row.area(),
                            row.group(), row.counts(), row.attended(), row.counted(), row.status(),
                            flags.getOrDefault(row.registrant(), 0), row.missing()))
                    .toList();
        });
        rows.forEach(consumer);
    }
}
