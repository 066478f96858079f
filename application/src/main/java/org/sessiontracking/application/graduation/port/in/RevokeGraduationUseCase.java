package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.graduation.GraduationId;

/** A manager revokes a graduation with a reason; the record stays, marked revoked. */
public interface RevokeGraduationUseCase {

    void revoke(Command command);

    /** @param version the graduation's version as the user saw it */
    record Command(GraduationId graduation, Version version, String reason) {
        public Command {
            if (graduation == null || version == null) {
                throw new InvalidValueException("graduation", "Choose the graduation to revoke");
            }
        }
    }
}
