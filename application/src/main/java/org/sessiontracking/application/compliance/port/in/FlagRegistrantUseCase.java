package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

/** Staff and managers flag a registrant of a compliance list for follow-up, or as excluded from a benefit. */
public interface FlagRegistrantUseCase {

    ComplianceFlagId flag(Command command);

    record Command(RegistrantId registrant, SessionTypeId type, FlagKind kind, String note) {
        public Command {
            if (registrant == null) {
                throw new InvalidValueException("registrant", "Choose a registrant to flag");
            }
            if (type == null) {
                throw new InvalidValueException("type", "Choose the session type the flag is about");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "Choose follow-up or exclusion");
            }
        }
    }
}
