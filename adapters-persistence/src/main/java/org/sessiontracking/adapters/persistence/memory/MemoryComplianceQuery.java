package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.CurriculumRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.domain.attendance.AbsenceRun;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.compliance.Outlook;
import org.sessiontracking.domain.compliance.RemainingSessions;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.session.SessionArea;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.sessiontracking.adapters.persistence.memory.MemoryText.lower;

/**
 * Compliance and curriculum completion computed from the store's records: each registrant's counts go
 * through the domain's rule ({@link CompliancePolicy#evaluate}, i.e. {@link Compliance}), so that the
 * status is exactly the domain's. One pass over the records per call: correct, not fast.
 */
final class MemoryComplianceQuery implements ComplianceQuery {

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final Comparator<ComplianceRow> BY_NAME = Comparator
            .comparing((ComplianceRow row) -> lower(row.name())).thenComparingLong(row -> row.registrant().value());

    private final MemoryStore store;

    MemoryComplianceQuery(MemoryStore store) {
        this.store = store;
    }

    @Override
    public List<ComplianceRow> list(ComplianceCriteria criteria, CompliancePolicy policy, PageRequest page) {
        Comparator<ComplianceRow> order = order(page);
        return store.atomically(() -> rows(criteria, policy, true).sorted(order).skip(page.offset())
                .limit(page.limit()).toList());
    }

    @Override
    public int count(ComplianceCriteria criteria, CompliancePolicy policy) {
        return store.atomically(() -> (int) rows(criteria, policy, true).count());
    }

    @Override
    public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria, CompliancePolicy policy) {
        return store.atomically(() -> {
            Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
            for (ComplianceStatus status : ComplianceStatus.values()) {
                totals.put(status, 0);
            }
            rows(criteria, policy, false).forEach(row -> totals.merge(row.status(), 1, Integer::sum));
            return totals;
        });
    }

    @Override
    public void forEach(ComplianceCriteria criteria, CompliancePolicy policy, Consumer<ComplianceRow> row) {
        store.atomically(() -> rows(criteria, policy, true).sorted(BY_NAME).toList()).forEach(row);
    }

    /** The judged registrants of the list, unsorted. */
    private Stream<ComplianceRow> rows(ComplianceCriteria criteria, CompliancePolicy policy, boolean withStatus) {
        CountedAttendance counted = CountedAttendance.of(store, criteria.type(), criteria.period().from(),
                criteria.period().to());
        Map<RegistrantId, Long> openFlags = store.flags.all().stream()
                .filter(flag -> flag.open() && flag.sessionType().equals(criteria.type()))
                .collect(Collectors.groupingBy(flag -> flag.registrant(), Collectors.counting()));
        Map<RegistrantId, List<LocalDate>> missingDates = MemoryEnrolments.missingDates(store, criteria.type(),
                criteria.period().from(), criteria.period().to());
        Map<RegistrantId, Integer> missing = new HashMap<>();
        missingDates.forEach((registrant, dates) -> missing.put(registrant, dates.size()));
        return Stream.concat(counted.registrants().stream(), missing.keySet().stream()).distinct()
                .map(id -> store.registrants.get(id).orElseThrow())
                .filter(registrant -> criteria.area().isEmpty()
                        || registrant.details().area().equalsIgnoreCase(criteria.area()))
                .filter(registrant -> criteria.group().map(group -> registrant.groupId().equals(Optional.of(group)))
                        .orElse(true))
                .filter(registrant -> criteria.warning().map(warning -> warns(warning, registrant, counted,
                        missingDates.getOrDefault(registrant.id(), List.of()), criteria, policy)).orElse(true))
                .map(registrant -> {
                    AttendanceCounts counts = counted.counts(registrant.id());
                    Compliance compliance = policy.evaluate(counts, missing.getOrDefault(registrant.id(), 0));
                    return new ComplianceRow(registrant.id(), registrant.externalId().value(), registrant.fullName(),
                            registrant.details().area(), groupName(registrant), counts, compliance.attended(),
                            compliance.counted(), compliance.status(),
                            openFlags.getOrDefault(registrant.id(), 0L).intValue(), compliance.missing());
                })
                .filter(row -> !withStatus || criteria.status().map(status -> status == row.status()).orElse(true));
    }

    /** Whether the early warning lists the registrant: the domain's rules on the store's records and sessions. */
    private boolean warns(ComplianceCriteria.EarlyWarning warning, Registrant registrant, CountedAttendance counted,
                          List<LocalDate> missing, ComplianceCriteria criteria, CompliancePolicy policy) {
        LocalDate from = criteria.period().from();
        LocalDate to = criteria.period().to();
        if (warning == ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW) {
            return AbsenceRun.of(counted.records(registrant.id()), missing, criteria.type(), from, to,
                    policy.excusedPolicy(), policy.missingRecordPolicy()) >= policy.absenceWarning();
        }
        int remaining = (int) store.sessions.all().stream()
                .filter(session -> RemainingSessions.remainsFor(new RemainingSessions.Candidate(session.typeId(),
                                session.date(), session.status(), session.area()), registrant.details().area(),
                        store.attendance.get(new MemoryStore.AttendanceKey(session.id(), registrant.id())).isPresent(),
                        criteria.type(), from, to))
                .count();
        Optional<Outlook> outlook = policy.outlook(policy.evaluate(counted.counts(registrant.id()), missing.size()),
                remaining);
        return outlook.isPresent() && outlook.equals(warning.outlook());
    }

    private String groupName(Registrant registrant) {
        return registrant.groupId().flatMap(store.registrants::get).map(Registrant::fullName).orElse("");
    }

    /** The allow-listed sorts; a rate or count that cannot be computed (nothing counted) comes last either way. */
    private static Comparator<ComplianceRow> order(PageRequest page) {
        if (page.sort().isEmpty()) {
            return BY_NAME;
        }
        Comparator<ComplianceRow> order = null;
        for (PageRequest.SortOrder sort : page.sort()) {
            Comparator<ComplianceRow> by = switch (sort.property()) {
                case "rate" -> nullsLast(row -> row.counted() == 0 ? null : (double) row.attended() / row.counted(),
                        sort.ascending());
                case "name" -> directed(Comparator.comparing(row -> lower(row.name())), sort.ascending());
                case "area" -> directed(Comparator.comparing(row -> lower(row.area())), sort.ascending());
                case "counted" -> directed(Comparator.comparingInt(ComplianceRow::counted), sort.ascending());
                default -> throw new IllegalArgumentException("cannot sort by '" + sort.property() + "'; allowed: "
                        + List.of(ComplianceCriteria.SortProperty.values()));
            };
            order = order == null ? by : order.thenComparing(by);
        }
        // ties by registrant id in the direction of the sort, as the PostgreSQL adapter's indexes hold them
        Comparator<ComplianceRow> byId = Comparator.comparingLong(row -> row.registrant().value());
        return order.thenComparing(page.sort().getLast().ascending() ? byId : byId.reversed());
    }

    private static Comparator<ComplianceRow> directed(Comparator<ComplianceRow> ascending, boolean isAscending) {
        return isAscending ? ascending : ascending.reversed();
    }

    private static Comparator<ComplianceRow> nullsLast(Function<ComplianceRow, Double> key,
                                                       boolean ascending) {
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }

    @Override
    public List<AttendanceLine> attendanceOf(RegistrantId registrant, Period period) {
        return store.atomically(() -> store.attendance.all().stream()
                .filter(record -> record.registrant().equals(registrant))
                .map(record -> line(record, store.sessions.get(record.session()).orElseThrow()))
                .filter(line -> period.contains(line.date()))
                .sorted(Comparator.comparing(AttendanceLine::date).thenComparingLong(line -> line.session().value())
                        .reversed())
                .toList());
    }

    private AttendanceLine line(AttendanceRecord record, Session session) {
        SessionType type = store.types.get(session.typeId()).orElseThrow();
        return new AttendanceLine(session.id(), type.id(), type.name(), session.date(), session.title(),
                session.status() == SessionStatus.CANCELLED, record.status(), record.reason());
    }

    @Override
    public List<CountedRecords.ExpectedSession> unrecordedSessionsOf(RegistrantId registrant, Period period) {
        return store.atomically(() -> store.registrants.get(registrant).map(r -> store.sessions.all().stream()
                .filter(session -> period.contains(session.date()) && !MemoryEnrolments.of(store, session.typeId()).isEmpty()
                        && SessionArea.openTo(session.area(), r.details().area())
                        && !store.attendance.contains(new MemoryStore.AttendanceKey(session.id(), registrant)))
                .sorted(Comparator.comparing(Session::date).thenComparingLong(session -> session.id().value()))
                .map(session -> new CountedRecords.ExpectedSession(session.typeId(), session.date(), session.status(),
                        session.area()))
                .toList()).orElse(List.of()));
    }

    @Override
    public Optional<RegistrantSummary> registrant(RegistrantId registrant) {
        return store.atomically(() -> store.registrants.get(registrant).map(r -> new RegistrantSummary(r.id(),
                r.externalId().value(), r.fullName(), r.kind().name(), r.details().area(), groupName(r),
                r.details().sex().map(Enum::name), r.details().birthDate())));
    }

    @Override
    public List<CurriculumRow> curriculum(SessionType type, Optional<Period> period, boolean completedOnly,
                                          PageRequest page) {
        return store.atomically(() -> curriculumRows(type, period, completedOnly).skip(page.offset())
                .limit(page.limit()).toList());
    }

    @Override
    public int countCurriculum(SessionType type, Optional<Period> period, boolean completedOnly) {
        return store.atomically(() -> (int) curriculumRows(type, period, completedOnly).count());
    }

    private Stream<CurriculumRow> curriculumRows(SessionType type, Optional<Period> period, boolean completedOnly) {
        Set<TopicId> active = type.topics().stream().filter(Topic::active).map(Topic::id).collect(Collectors.toSet());
        CountedAttendance counted = CountedAttendance.of(store, type.id(), period.map(Period::from).orElse(EARLIEST),
                period.map(Period::to).orElse(LATEST));
        return counted.registrants().stream().map(id -> store.registrants.get(id).orElseThrow())
                .map(r -> new CurriculumRow(r.id(), r.externalId().value(), r.fullName(), r.details().area(),
                        CurriculumCompletion.of(type.topics(), counted.coveredTopics(r.id(), active))))
                .filter(row -> !completedOnly || row.completion().complete())
                .sorted(Comparator.comparing((CurriculumRow row) -> lower(row.name()))
                        .thenComparingLong(row -> row.registrant().value()));
    }
}
