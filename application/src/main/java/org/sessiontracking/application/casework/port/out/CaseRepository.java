package org.sessiontracking.application.casework.port.out;

import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores cases with their plans. Overdue items ({@link CaseRow#overdueItems()}, the overdue filter) are
 * counted as of {@code today} by the domain's rule ({@link org.sessiontracking.domain.casework.PlanProgress}):
 * due before today, with fewer sessions attended (by the compliance rule) than required.
 */
public interface CaseRepository {

    CaseId nextId();

    Optional<Case> findById(CaseId id);

    void add(Case theCase);

    /** Stores the changed case and plan if the stored version is still {@code theCase.version()}; else ConcurrentModificationException. */
    void update(Case theCase);

    /** Sort properties are {@link CaseFilter.SortProperty} names; by default latest opened first. */
    List<CaseRow> list(CaseFilter filter, LocalDate today, PageRequest page);

    int count(CaseFilter filter, LocalDate today);

    /**
     * The open cases (of one case worker, when given) whose plan requires the session: an item naming it,
     * or an item on its type whose window (the item's start, else the case's opening, to its due date)
     * holds the session's date. By registrant name. A cancelled session is required by nobody.
     */
    List<CaseRow> requiring(SessionId session, Optional<UserId> caseWorker, LocalDate today);

    /** The cases opened from the given flags. */
    Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags);
}
