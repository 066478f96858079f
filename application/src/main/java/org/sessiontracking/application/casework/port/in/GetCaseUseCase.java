package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.application.compliance.RegistrantSummary;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.PlanProgress;
import org.sessiontracking.domain.compliance.ComplianceFlagId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A case page: the case, its people, its flag and its plan with the progress of each item from attendance. */
public interface GetCaseUseCase {

    CaseDetails get(CaseId id);

    /** The flag a case was opened from. */
    record FlagSummary(ComplianceFlagId id, String typeName, String note, boolean open) {
    }

    /**
     * One plan item with its progress and what it names.
     *
     * @param label e.g. "Attend FDS - March 2026 - Barangay 12 (2026-03-05)" or "Attend 4 Family Development
     *              Session sessions from 2026-01-10"
     */
    record ItemDetails(PlanProgress.ItemProgress progress, String label) {
        public ItemDetails {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * @param mayWork   whether the actor may change the plan and close the case (its case worker, or a manager)
     * @param mayAssign whether the actor may hand the case to another case worker (managers)
     */
    record CaseDetails(Case theCase, RegistrantSummary registrant, String caseWorkerName, String openedByName,
                       Optional<String> closedByName, Optional<FlagSummary> flag, PlanProgress progress,
                       List<ItemDetails> items, boolean mayWork, boolean mayAssign) {
        public CaseDetails {
            items = List.copyOf(items);
        }
    }
}
