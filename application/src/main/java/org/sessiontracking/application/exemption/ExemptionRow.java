package org.sessiontracking.application.exemption;

import org.sessiontracking.domain.exemption.Exemption;

import java.time.Instant;
import java.util.Objects;

/**
 * An exemption as the list shows it. @param typeName its session type's name, empty when it covers every type
 */
public record ExemptionRow(Exemption exemption, String typeName, String createdBy, Instant createdAt) {
    public ExemptionRow {
        Objects.requireNonNull(exemption, "exemption");
        typeName = typeName == null ? "" : typeName;
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
