package org.sessiontracking.application.enrolment;

import org.sessiontracking.domain.enrolment.Enrolment;

import java.time.Instant;
import java.util.Objects;

/** An enrolment as the list shows it, with its session type's name and who added it when. */
public record EnrolmentRow(Enrolment enrolment, String typeName, String createdBy, Instant createdAt) {
    public EnrolmentRow {
        Objects.requireNonNull(enrolment, "enrolment");
        typeName = typeName == null ? "" : typeName;
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
