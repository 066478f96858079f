package org.sessiontracking.application.casework.usecase;

import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.casework.port.in.ListCasesUseCase;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Permission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lists cases; for staff, whatever the filter asks, only the cases they work. */
public final class ListCases implements ListCasesUseCase {

    private final CaseRepository cases;
    private final CurrentActor currentActor;
    private final Clock clock;

    public ListCases(CaseRepository cases, CurrentActor currentActor, Clock clock) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public List<CaseRow> list(CaseFilter filter, PageRequest page) {
        return cases.list(visible(filter, CaseAccess.caseWorker(currentActor)), LocalDate.now(clock), page);
    }

    @Override
    public int count(CaseFilter filter) {
        return cases.count(visible(filter, CaseAccess.caseWorker(currentActor)), LocalDate.now(clock));
    }

    @Override
    public Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags) {
        Actor actor = CaseAccess.caseWorker(currentActor);
        Map<ComplianceFlagId, CaseId> opened = cases.openedFrom(flags);
        if (actor.may(Permission.WORK_ALL_CASES)) {
            return opened;
        }
        return opened.entrySet().stream()
                .filter(entry -> cases.findById(entry.getValue()).map(it -> CaseAccess.mayWork(actor, it)).orElse(false))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static CaseFilter visible(CaseFilter filter, Actor actor) {
        return actor.may(Permission.WORK_ALL_CASES) ? filter : filter.withCaseWorker(actor.id());
    }
}
