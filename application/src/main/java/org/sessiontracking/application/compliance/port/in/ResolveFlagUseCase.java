package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.ComplianceFlagId;

/** Closes an open flag with a note saying how it was resolved. */
public interface ResolveFlagUseCase {

    void resolve(Command command);

    /** @param version the flag's version as the user saw it */
    record Command(ComplianceFlagId flag, Version version, String note) {
        public Command {
            if (flag == null || version == null) {
                throw new InvalidValueException("flag", "Choose a flag to resolve");
            }
        }
    }
}
