package org.sessiontracking.application.exemption;

import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.exemption.port.out.ExemptionRepository;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake of the port for use-case tests: exemptions in a map, and the attendance records that
 * {@link #leftOut} reads given by the test ({@link #record}), judged by the domain's rules.
 */
public final class InMemoryExemptionRepository implements ExemptionRepository {

    private record Stored(Exemption exemption, String createdBy, Instant createdAt) {
    }

    private record Fact(RegistrantId registrant, String area, SessionTypeId type, LocalDate date, AttendanceStatus status) {
    }

    private final Map<ExemptionId, Stored> exemptions = new LinkedHashMap<>();
    private final Map<SessionTypeId, String> typeNames = new HashMap<>();
    private final List<Fact> records = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    public InMemoryExemptionRepository typeNamed(SessionTypeId type, String name) {
        typeNames.put(type, name);
        return this;
    }

    /** A record of a registrant (living in {@code area}) at a session, not cancelled, of the type on the date. */
    public void record(RegistrantId registrant, String area, SessionTypeId type, LocalDate date, AttendanceStatus status) {
        records.add(new Fact(registrant, area, type, date, status));
    }

    @Override
    public ExemptionId nextId() {
        return new ExemptionId(ids.incrementAndGet());
    }

    @Override
    public void add(Exemption exemption, UserId createdBy, Instant createdAt) {
        exemptions.put(exemption.id(), new Stored(copy(exemption, Version.NEW), "user " + createdBy.value(), createdAt));
    }

    @Override
    public void update(Exemption exemption) {
        Stored stored = exemptions.get(exemption.id());
        if (stored == null || !stored.exemption().version().equals(exemption.version())) {
            throw new ConcurrentModificationException("Someone else changed this exemption meanwhile; reload it");
        }
        exemptions.put(exemption.id(), new Stored(copy(exemption, exemption.version().next()), stored.createdBy(),
                stored.createdAt()));
    }

    @Override
    public void remove(ExemptionId id) {
        exemptions.remove(id);
    }

    @Override
    public Optional<Exemption> findById(ExemptionId id) {
        return Optional.ofNullable(exemptions.get(id)).map(stored -> copy(stored.exemption(), stored.exemption().version()));
    }

    @Override
    public List<ExemptionRow> list() {
        return exemptions.values().stream()
                .sorted(Comparator.comparing((Stored stored) -> stored.exemption().from()).reversed()
                        .thenComparing(stored -> -stored.exemption().id().value()))
                .map(stored -> new ExemptionRow(copy(stored.exemption(), stored.exemption().version()),
                        stored.exemption().type().map(type -> typeNames.getOrDefault(type, "")).orElse(""),
                        stored.createdBy(), stored.createdAt()))
                .toList();
    }

    @Override
    public Map<RegistrantId, LeftOut> leftOut(SessionTypeId type, LocalDate from, LocalDate to,
                                              Collection<RegistrantId> registrants) {
        LeftOutTally tally = new LeftOutTally();
        for (Fact fact : records) {
            if (!registrants.contains(fact.registrant())) {
                continue;
            }
            List<Exemption> covering = exemptions.values().stream().map(Stored::exemption)
                    .filter(e -> e.covers(fact.registrant(), fact.area(), fact.type(), fact.date())).toList();
            if (CountedRecords.exempted(new CountedRecords.AttendanceRecord(fact.type(), fact.date(), false,
                    fact.status(), !covering.isEmpty()), type, from, to)) {
                tally.add(fact.registrant(), covering);
            }
        }
        return tally.result();
    }

    private static Exemption copy(Exemption exemption, Version version) {
        return Exemption.reconstitute(exemption.id(), exemption.type(), exemption.from(), exemption.to(),
                exemption.scope(), exemption.reason(), version);
    }
}
