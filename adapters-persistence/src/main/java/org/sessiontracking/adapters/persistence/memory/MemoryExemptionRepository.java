package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.application.exemption.LeftOutTally;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exemptions in the store's exemptions table (copies in and out: an exemption is mutable). Compliance
 * reads them where it reads the records ({@link CountedAttendance}), so a change counts at once.
 */
final class MemoryExemptionRepository implements ExemptionRepository {

    /** An exemption as stored, with who added it when. */
    record Stored(Exemption exemption, UserId createdBy, Instant createdAt) {
    }

    private final MemoryStore store;

    MemoryExemptionRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public ExemptionId nextId() {
        return new ExemptionId(store.exemptionIds.incrementAndGet());
    }

    @Override
    public void add(Exemption exemption, UserId createdBy, Instant createdAt) {
        store.atomically(() -> {
            store.exemptions.put(exemption.id(), new Stored(copy(exemption, Version.NEW), createdBy, createdAt));
            return null;
        });
    }

    @Override
    public void update(Exemption exemption) {
        store.atomically(() -> {
            Stored stored = store.exemptions.get(exemption.id()).orElse(null);
            if (stored == null || !stored.exemption().version().equals(exemption.version())) {
                throw new ConcurrentModificationException("Someone else changed this exemption meanwhile; reload it");
            }
            store.exemptions.put(exemption.id(), new Stored(copy(exemption, exemption.version().next()),
                    stored.createdBy(), stored.createdAt()));
            return null;
        });
    }

    @Override
    public void remove(ExemptionId id) {
        store.atomically(() -> {
            store.exemptions.remove(id);
            return null;
        });
    }

    @Override
    public Optional<Exemption> findById(ExemptionId id) {
        return store.atomically(() -> store.exemptions.get(id).map(stored -> copy(stored.exemption(),
                stored.exemption().version())));
    }

    @Override
    public List<ExemptionRow> list() {
        return store.atomically(() -> store.exemptions.all().stream()
                .sorted(Comparator.comparing((Stored stored) -> stored.exemption().from()).reversed()
                        .thenComparing(stored -> -stored.exemption().id().value()))
                .map(stored -> new ExemptionRow(copy(stored.exemption(), stored.exemption().version()),
                        stored.exemption().type().flatMap(store.types::get).map(SessionType::name).orElse(""),
                        store.users.get(stored.createdBy()).map(User::displayName)
                                .orElse("user " + stored.createdBy().value()), stored.createdAt()))
                .toList());
    }

    @Override
    public Map<RegistrantId, LeftOut> leftOut(SessionTypeId type, LocalDate from, LocalDate to,
                                              Collection<RegistrantId> registrants) {
        Set<RegistrantId> wanted = Set.copyOf(registrants);
        return store.atomically(() -> {
            LeftOutTally tally = new LeftOutTally();
            for (AttendanceRecord record : store.attendance.all()) {
                if (!wanted.contains(record.registrant())) {
                    continue;
                }
                Session session = store.sessions.get(record.session()).orElseThrow();
                List<Exemption> covering = CountedAttendance.covering(store, record, session);
                if (CountedRecords.exempted(CountedAttendance.counted(record, session, !covering.isEmpty()), type,
                        from, to)) {
                    tally.add(record.registrant(), covering);
                }
            }
            return tally.result();
        });
    }

    private static Exemption copy(Exemption exemption, Version version) {
        return Exemption.reconstitute(exemption.id(), exemption.type(), exemption.from(), exemption.to(),
                exemption.scope(), exemption.reason(), version);
    }
}
