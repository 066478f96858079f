package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.common.Text;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A staff member's verdict on an assessed criterion for one registrant: met or not, on a date, with a
 * note. A later assessment of the same criterion and registrant replaces it.
 */
public record Assessment(GraduationPathwayId pathway, CriterionId criterion, RegistrantId registrant, boolean met,
                         String note, LocalDate assessedOn, UserId assessedBy, Instant recordedAt) {

    public static final int MAX_NOTE_LENGTH = 1000;

    public Assessment {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(registrant, "registrant");
        if (assessedOn == null) {
            throw new org.sessiontracking.domain.common.InvalidValueException("assessedOn",
                    "Say on which date the criterion was assessed");
        }
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        note = Text.optional("note", "The note", note, MAX_NOTE_LENGTH);
    }
}
