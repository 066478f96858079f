package org.sessiontracking.application.verification;

import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;

import java.time.LocalDate;

/** A session of the period still Scheduled or In progress, which closing would judge as it is now. */
public record UnfinishedSession(SessionId id, String title, LocalDate date, SessionStatus status) {
}
