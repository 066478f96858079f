package org.sessiontracking.application.casework;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A case as the cases list shows it: whose, worked by whom, and how many plan items are overdue today. */
public record CaseRow(CaseId id, RegistrantId registrant, String registrantName, String registrantExternalId,
                      RegistrantKind registrantKind, UserId caseWorker, String caseWorkerName, CaseStatus status,
                      LocalDate openedOn, int items, int overdueItems, Optional<ComplianceFlagId> flag) {
    public CaseRow {
        Objects.requireNonNull(id, "id");
        flag = Objects.requireNonNullElse(flag, Optional.empty());
    }
}
