package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

/** Staff and managers flag a registrant of a compliance list for follow-up, or as excluded from a benefit. */
public interface FlagRegistrantUseCase {

    ComplianceFlagId flag(Command command);

    /**
     * Raises a follow-up flag, with the same note, for every registrant an early warning lists (the list
     * as it stands now) who has no open flag of the type yet, all or none; returns how many were flagged.
     * At most {@link #MAX_FLAGGED_AT_ONCE} at once: a longer list is refused, to be narrowed (by area).
     */
    int flagAll(FlagAllCommand command);

    int MAX_FLAGGED_AT_ONCE = 5_000;

    record FlagAllCommand(ComplianceCriteria criteria, String note) {
        public FlagAllCommand {
            if (criteria == null || criteria.warning().isEmpty()) {
                throw new InvalidValueException("warning", "Choose an early warning: only its list can be flagged at once");
            }
            note = Text.required("note", "A note", note, ComplianceFlag.MAX_NOTE_LENGTH);
        }
    }

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
