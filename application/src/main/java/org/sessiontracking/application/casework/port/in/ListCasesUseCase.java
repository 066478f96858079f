package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.application.casework.CaseFilter;
import org.sessiontracking.application.casework.CaseRow;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.compliance.ComplianceFlagId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The cases list: staff see the cases they work, managers and administrators all. */
public interface ListCasesUseCase {

    List<CaseRow> list(CaseFilter filter, PageRequest page);

    int count(CaseFilter filter);

    /** Which of the flags a case was opened from (only the cases the actor may see). */
    Map<ComplianceFlagId, CaseId> openedFrom(Collection<ComplianceFlagId> flags);
}
