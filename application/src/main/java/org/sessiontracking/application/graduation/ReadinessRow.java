package org.sessiontracking.application.graduation;

import org.sessiontracking.domain.graduation.Readiness;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Optional;

/** One registrant of a pathway's list: their readiness, each criterion's state, and their latest graduation. */
public record ReadinessRow(RegistrantId registrant, String externalId, String name, String area, Readiness readiness,
                           Optional<GraduationMark> graduation) {

    /** Graduated, and not revoked. */
    public boolean graduated() {
        return graduation.filter(mark -> !mark.revoked()).isPresent();
    }
}
