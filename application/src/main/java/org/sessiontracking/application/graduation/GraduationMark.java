package org.sessiontracking.application.graduation;

import org.sessiontracking.domain.graduation.GraduationId;

import java.time.LocalDate;

/** A registrant's latest graduation record on the pathway: when, and whether it was revoked since. */
public record GraduationMark(GraduationId id, LocalDate graduatedOn, boolean revoked) {
}
