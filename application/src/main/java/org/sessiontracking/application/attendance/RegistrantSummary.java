package org.sessiontracking.application.attendance;

import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Objects;

/** A registrant as the attendance screens show it. */
public record RegistrantSummary(RegistrantId id, String externalId, String name, String groupName, String area) {
    public RegistrantSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        groupName = groupName == null ? "" : groupName;
        area = area == null ? "" : area;
    }
}
