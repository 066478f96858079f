package org.sessiontracking.application.casework;

import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.casework.PlanProgress;
import org.sessiontracking.domain.casework.PlanRequirement;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cases in a map, for the use-case tests; overdue items are counted by {@link PlanProgress} over the
 * attendance fake. Lists latest opened first only. ({@code requiring} is the adapters' business: their
 * contract pins it.)
 */
public final class InMemoryCaseRepository implements CaseRepository {

    private final Map<CaseId, Case> cases = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ComplianceQuery attendance;
    private final SessionTypeRepository types;
    private final UserRepository users;

    public InMemoryCaseRepository(ComplianceQuery attendance, SessionTypeRepository types, UserRepository users) {
        this.attendance = attendance;
        this.types = types;
        this.users = users;
    }

    @Override
    public CaseId nextId() {
        return new CaseId(ids.incrementAndGet());
    }

    @Override
    public Optional<Case> findById(CaseId id) {
        return Optional.ofNullable(cases.get(id)).map(it -> copy(it, it.version()));
    }

    @Override
    public void add(Case theCase) {
        cases.put(theCase.id(), copy(theCase, Version.NEW));
    }

    @Override
    public void update(Case theCase) {
        Case stored = cases.get(theCase.id());
        if (stored == null || !stored.version().equals(theCase.version())) {
            throw new ConcurrentModificationException("Someone else changed this case meanwhile; reload it");
        }
        cases.put(theCase.id(), copy(theCase, theCase.version().next()));
    }

    @Override
    public List<CaseRow> list(CaseFilter filter, LocalDate today, PageRequest page) {
        if (!page.sort().isEmpty()) {
            throw new IllegalArgumentException("the fake lists latest opened first only");
        }
        return rows(filter, today).stream().skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public int count(CaseFilter filter, LocalDate today) {
        return rows(filter, today).size();
    }

    @Override
    public List<CaseRow> requiring(SessionId session, Optional<UserId> caseWorker, LocalDate today) {
        throw new UnsupportedOperationException("not used by the use-case tests");
    }

    @Override
    public Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags) {
        Map<ComplianceFlagId, CaseId> opened = new HashMap<>();
        cases.values().forEach(it -> it.flag().filter(flags::contains).ifPresent(flag -> opened.put(flag, it.id())));
        return opened;
    }

    private List<CaseRow> rows(CaseFilter filter, LocalDate today) {
        return cases.values().stream()
                .filter(it -> filter.status().map(it.status()::equals).orElse(true))
                .filter(it -> filter.caseWorker().map(it.caseWorker()::equals).orElse(true))
                .sorted(Comparator.comparing(Case::openedOn).thenComparingLong(it -> it.id().value()).reversed())
                .map(it -> row(it, today))
                .filter(row -> !filter.overdueOnly() || row.overdueItems() > 0)
                .toList();
    }

    private CaseRow row(Case theCase, LocalDate today) {
        var registrant = attendance.registrant(theCase.registrant()).orElseThrow();
        PlanProgress progress = progress(theCase, today);
        return new CaseRow(theCase.id(), theCase.registrant(), registrant.name(), registrant.externalId(),
                RegistrantKind.valueOf(registrant.kind()), theCase.caseWorker(),
                users.findById(theCase.caseWorker()).map(User::displayName).orElseThrow(), theCase.status(),
                theCase.openedOn(), theCase.items().size(), progress.overdue(), theCase.flag(), progress.met(),
                progress.required(), theCase.thresholds());
    }

    private PlanProgress progress(Case theCase, LocalDate today) {
        List<AttendanceLine> lines = attendance.attendanceOf(theCase.registrant(),
                new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
        Map<SessionTypeId, CompliancePolicy> policies = new HashMap<>();
        lines.forEach(line -> policies.put(line.type(), CompliancePolicy.of(types.findById(line.type()).orElseThrow())));
        for (PlanItem item : theCase.items()) {
            if (item.requirement() instanceof PlanRequirement.AttendSessionsOfType(SessionTypeId type, int count)) {
                policies.put(type, CompliancePolicy.of(types.findById(type).orElseThrow()));
            }
        }
        return PlanProgress.of(theCase, lines.stream().map(line -> new PlanProgress.Attendance(line.session(),
                new CountedRecords.AttendanceRecord(line.type(), line.date(), line.cancelled(), line.status())))
                .toList(), policies, today);
    }

    private static Case copy(Case theCase, Version version) {
        return Case.reconstitute(theCase.id(), theCase.registrant(), theCase.flag(), theCase.openedBy(),
                theCase.openedOn(), theCase.caseWorker(), theCase.thresholds(), theCase.items(),
                theCase.closure().orElse(null), version);
    }
}
