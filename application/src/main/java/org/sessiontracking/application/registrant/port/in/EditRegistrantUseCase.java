package org.sessiontracking.application.registrant.port.in;

import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Objects;
import java.util.Optional;

/** A manager or administrator corrects one registrant (the external id stays: it is the registry's key). */
public interface EditRegistrantUseCase {

    RegistrantSummary edit(Command command);

    /**
     * @param expectedVersion the version the user saw; a newer stored one is a conflict
     * @param groupId         the household the registrant belongs to, if any
     * @param granteeId       for a household: the member designated its grantee (read by a session type's
     *                        GRANTEE household rule), if any; always empty for an individual
     */
    record Command(RegistrantId id, Version expectedVersion, RegistrantDetails details,
                   Optional<RegistrantId> groupId, boolean active, Optional<RegistrantId> granteeId) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expectedVersion, "expectedVersion");
            Objects.requireNonNull(details, "details");
            groupId = Objects.requireNonNullElse(groupId, Optional.empty());
            granteeId = Objects.requireNonNullElse(granteeId, Optional.empty());
        }
    }
}
