package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * Opens a case for a registrant (a person or a household). Staff open cases they work themselves;
 * managers may name another case worker.
 */
public interface OpenCaseUseCase {

    CaseId open(Command command);

    /**
     * Opens a case for the registrant of an open follow-up flag, worked by the one who asks, linked to the
     * flag. Asked again for the same flag, it answers the case already opened from it.
     */
    CaseId openFromFlag(ComplianceFlagId flag);

    /** @param caseWorker empty: the one who opens it */
    record Command(RegistrantId registrant, Optional<UserId> caseWorker) {
        public Command {
            if (registrant == null) {
                throw new InvalidValueException("registrant", "Choose the registrant or household the case is about");
            }
            caseWorker = Objects.requireNonNullElse(caseWorker, Optional.empty());
        }
    }
}
