package org.sessiontracking.application.registrant;

import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A registrant as lists and forms show it: with its household's id and name rather than its key.
 *
 * @param granteeId a household's designated member (its grantee), if any; always empty for an individual
 */
public record RegistrantSummary(RegistrantId id, String externalId, String fullName, RegistrantKind kind,
                                Optional<GroupRef> group, String area, Optional<Sex> sex,
                                Optional<LocalDate> birthDate, boolean active, Optional<RegistrantId> granteeId,
                                Version version) {

    public RegistrantSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(granteeId, "granteeId");
        Objects.requireNonNull(version, "version");
    }

    public static RegistrantSummary of(Registrant registrant, Optional<GroupRef> group) {
        return new RegistrantSummary(registrant.id(), registrant.externalId().value(), registrant.fullName(),
                registrant.kind(), group, registrant.details().area(), registrant.details().sex(),
                registrant.details().birthDate(), registrant.active(), registrant.granteeId(), registrant.version());
    }

    /** The household a registrant belongs to. */
    public record GroupRef(RegistrantId id, String externalId, String fullName) {
        public static GroupRef of(Registrant group) {
            return new GroupRef(group.id(), group.externalId().value(), group.fullName());
        }

        public String label() {
            return fullName + " (" + externalId + ")";
        }
    }
}
