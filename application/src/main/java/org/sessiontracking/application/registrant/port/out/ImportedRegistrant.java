package org.sessiontracking.application.registrant.port.out;

import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.RegistrantDetails;

import java.util.Objects;
import java.util.Optional;

/**
 * One checked row of an import.
 *
 * @param groupExternalId the household's external id; it is a household in the file or in the store
 * @param active          the active flag to store; empty keeps the stored one (new registrants are active)
 */
public record ImportedRegistrant(ExternalId externalId, RegistrantDetails details, Optional<String> groupExternalId,
                                 Optional<Boolean> active) {
    public ImportedRegistrant {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(details, "details");
        groupExternalId = Objects.requireNonNullElse(groupExternalId, Optional.empty());
        active = Objects.requireNonNullElse(active, Optional.empty());
    }
}
