package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanProgress;
import org.sessiontracking.domain.casework.PlanRequirement;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cases in the store's cases table. Overdue items are counted by the domain's {@link PlanProgress} over the
 * store's attendance (as the database's case_item_attended counts by the compliance rule). Like the
 * database's keys it refuses a case about rows that are not stored, and a second case from one flag.
 */
final class MemoryCaseRepository implements CaseRepository {

    private static final Map<String, Comparator<CaseRow>> SORTABLE = Map.of(
            CaseFilter.SortProperty.REGISTRANT.property(), Comparator.comparing(row -> lower(row.registrantName())),
            CaseFilter.SortProperty.CASE_WORKER.property(), Comparator.comparing(row -> lower(row.caseWorkerName())),
            CaseFilter.SortProperty.STATUS.property(), Comparator.comparing(row -> row.status() == CaseStatus.CLOSED),
            CaseFilter.SortProperty.OPENED_ON.property(), Comparator.comparing(CaseRow::openedOn),
            CaseFilter.SortProperty.OVERDUE.property(), Comparator.comparingInt(CaseRow::overdueItems));
    private static final Comparator<CaseRow> LATEST_OPENED_FIRST = Comparator.comparing(CaseRow::openedOn)
            .thenComparingLong(row -> row.id().value()).reversed();

    private final MemoryStore store;

    MemoryCaseRepository(MemoryStore store) {
        this.store = store;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(store.caseIds.incrementAndGet());
    }

    @Override
    public Optional<Case> findById(CaseId id) {
        return store.atomically(() -> store.cases.get(id).map(it -> copy(it, it.version())));
    }

    @Override
    public void add(Case theCase) {
        store.atomically(() -> {
            requireKnown(theCase);
            if (store.cases.contains(theCase.id())) {
                throw new IllegalStateException("case " + theCase.id().value() + " is already stored (primary key)");
            }
            if (theCase.flag().isPresent() && !openedFrom(List.of(theCase.flag().get())).isEmpty()) {
                throw new DuplicateException("flag", "A case was already opened from this flag");
            }
            store.cases.put(theCase.id(), copy(theCase, Version.NEW));
            return null;
        });
    }

    @Override
    public void update(Case theCase) {
        store.atomically(() -> {
            Case stored = store.cases.get(theCase.id()).orElse(null);
            if (stored == null || !stored.version().equals(theCase.version())) {
                throw new ConcurrentModificationException("Someone else changed this case meanwhile; reload it");
            }
            requireKnown(theCase);
            store.cases.put(theCase.id(), copy(theCase, theCase.version().next()));
            return null;
        });
    }

    @Override
    public List<CaseRow> list(CaseFilter filter, LocalDate today, PageRequest page) {
        Comparator<CaseRow> order = null;
        for (PageRequest.SortOrder sort : page.sort()) {
            Comparator<CaseRow> by = SORTABLE.get(sort.property());
            if (by == null) {
                throw new IllegalArgumentException("cannot sort cases by '" + sort.property() + "'; allowed: "
                        + SORTABLE.keySet());
            }
            by = sort.ascending() ? by : by.reversed();
            order = order == null ? by : order.thenComparing(by);
        }
        Comparator<CaseRow> sorted = order == null ? LATEST_OPENED_FIRST
                : order.thenComparing(Comparator.comparingLong((CaseRow row) -> row.id().value()).reversed());
        return store.atomically(() -> rows(filter, today).stream().sorted(sorted).skip(page.offset())
                .limit(page.limit()).toList());
    }

    @Override
    public int count(CaseFilter filter, LocalDate today) {
        return store.atomically(() -> rows(filter, today).size());
    }

    @Override
    public List<CaseRow> requiring(SessionId sessionId, Optional<UserId> caseWorker, LocalDate today) {
        return store.atomically(() -> {
            Session session = store.sessions.get(sessionId).orElse(null);
            if (session == null) {
                return List.of();
            }
            return store.cases.all().stream()
                    .filter(it -> it.status() == CaseStatus.OPEN)
                    .filter(it -> caseWorker.map(it.caseWorker()::equals).orElse(true))
                    .filter(it -> it.items().stream().anyMatch(item -> requires(it, item, session)))
                    .map(it -> row(it, today))
                    .sorted(Comparator.comparing((CaseRow row) -> lower(row.registrantName()))
                            .thenComparingLong(row -> row.id().value()))
                    .toList();
        });
    }

    private static boolean requires(Case theCase, PlanItem item, Session session) {
        return switch (item.requirement()) {
            case PlanRequirement.AttendSession(SessionId named) -> named.equals(session.id());
            case PlanRequirement.AttendSessionsOfType(SessionTypeId type, int count) -> type.equals(session.typeId())
                    && !session.date().isBefore(item.windowStart(theCase.openedOn()))
                    && !session.date().isAfter(item.dueOn());
        };
    }

    @Override
    public Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags) {
        return store.atomically(() -> {
            Map<ComplianceFlagId, CaseId> opened = new HashMap<>();
            store.cases.all().forEach(it -> it.flag().filter(flags::contains)
                    .ifPresent(flag -> opened.put(flag, it.id())));
            return opened;
        });
    }

    private List<CaseRow> rows(CaseFilter filter, LocalDate today) {
        return store.cases.all().stream()
                .filter(it -> filter.status().map(it.status()::equals).orElse(true))
                .filter(it -> filter.caseWorker().map(it.caseWorker()::equals).orElse(true))
                .map(it -> row(it, today))
                .filter(row -> !filter.overdueOnly() || row.overdueItems() > 0)
                .toList();
    }

    private CaseRow row(Case theCase, LocalDate today) {
        Registrant registrant = store.registrants.get(theCase.registrant()).orElseThrow();
        PlanProgress progress = progress(theCase, today);
        return new CaseRow(theCase.id(), theCase.registrant(), registrant.fullName(), registrant.externalId().value(),
                registrant.kind(), theCase.caseWorker(),
                store.users.get(theCase.caseWorker()).map(User::displayName).orElseThrow(), theCase.status(),
                theCase.openedOn(), theCase.items().size(), progress.overdue(), theCase.flag(), progress.met(),
                progress.required(), theCase.thresholds());
    }

    private PlanProgress progress(Case theCase, LocalDate today) {
        List<PlanProgress.Attendance> attendance = new ArrayList<>();
        Map<SessionTypeId, CompliancePolicy> policies = new HashMap<>();
        for (AttendanceRecord record : store.attendance.all()) {
            if (record.registrant().equals(theCase.registrant())) {
                Session session = store.sessions.get(record.session()).orElseThrow();
                attendance.add(new PlanProgress.Attendance(session.id(), new CountedRecords.AttendanceRecord(
                        session.typeId(), session.date(), session.status() == SessionStatus.CANCELLED,
                        record.status())));
                policies.computeIfAbsent(session.typeId(), this::policy);
            }
        }
        for (PlanItem item : theCase.items()) {
            if (item.requirement() instanceof PlanRequirement.AttendSessionsOfType(SessionTypeId type, int count)) {
                policies.computeIfAbsent(type, this::policy);
            }
        }
        return PlanProgress.of(theCase, attendance, policies, today);
    }

    private CompliancePolicy policy(SessionTypeId type) {
        return CompliancePolicy.of(store.types.get(type).orElseThrow());
    }

    private void requireKnown(Case theCase) {
        requireKnown(store.registrants.contains(theCase.registrant()), "registrant " + theCase.registrant().value());
        requireKnown(store.users.contains(theCase.caseWorker()), "user " + theCase.caseWorker().value());
        requireKnown(store.users.contains(theCase.openedBy()), "user " + theCase.openedBy().value());
        theCase.flag().ifPresent(flag -> requireKnown(store.flags.contains(flag), "flag " + flag.value()));
        theCase.closure().ifPresent(closure ->
                requireKnown(store.users.contains(closure.by()), "user " + closure.by().value()));
        for (PlanItem item : theCase.items()) {
            switch (item.requirement()) {
                case PlanRequirement.AttendSession(SessionId session) ->
                        requireKnown(store.sessions.contains(session), "session " + session.value());
                case PlanRequirement.AttendSessionsOfType(SessionTypeId type, int count) ->
                        requireKnown(store.types.contains(type), "session type " + type.value());
            }
        }
    }

    private static void requireKnown(boolean known, String what) {
        if (!known) {
            throw new IllegalStateException("The case refers to " + what + ", which is not stored (foreign key)");
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static Case copy(Case theCase, Version version) {
        return Case.reconstitute(theCase.id(), theCase.registrant(), theCase.flag(), theCase.openedBy(),
                theCase.openedOn(), theCase.caseWorker(), theCase.thresholds(), theCase.items(),
                theCase.closure().orElse(null), version);
    }
}
