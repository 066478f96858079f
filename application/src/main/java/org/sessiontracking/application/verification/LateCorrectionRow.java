package org.sessiontracking.application.verification;

import org.sessiontracking.domain.verification.LateCorrection;

import java.time.LocalDate;

/** A late correction with what the list shows of its session, registrant and author. */
public record LateCorrectionRow(LateCorrection correction, String sessionTitle, LocalDate sessionDate,
                                String externalId, String registrantName, String changedBy) {
}
