package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.user.UserId;

import java.util.List;
import java.util.Objects;

/** Managers hand an open case to another case worker; anyone who works cases may be picked. */
public interface AssignCaseWorkerUseCase {

    Version assign(CaseId id, Version version, UserId caseWorker);

    /** The active users who may work cases, by name, for the case worker pickers. */
    List<CaseWorker> caseWorkers();

    record CaseWorker(UserId id, String name) {
        public CaseWorker {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
