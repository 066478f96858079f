package org.sessiontracking.application.casework;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.casework.PlanProgress;
import org.sessiontracking.domain.casework.PlanThresholds;
import org.sessiontracking.domain.casework.ProgressState;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as the cases list shows it: whose, worked by whom, and its plan's progress today: the sessions
 * met (attended, at most the required of each item) of those required, and how many items are overdue.
 */
public record CaseRow(CaseId id, RegistrantId registrant, String registrantName, String registrantExternalId,
                      RegistrantKind registrantKind, UserId caseWorker, String caseWorkerName, CaseStatus status,
                      LocalDate openedOn, int items, int overdueItems, Optional<ComplianceFlagId> flag, int met,
                      int required, PlanThresholds thresholds) {
    public CaseRow {
        Objects.requireNonNull(id, "id");
        flag = Objects.requireNonNullElse(flag, Optional.empty());
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The plan's state, by the domain's rule ({@link PlanProgress#state}). */
    public ProgressState state() {
        return PlanProgress.state(thresholds, met, required, overdueItems);
    }
}
