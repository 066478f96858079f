package org.sessiontracking.application.verification.port.out;

import org.sessiontracking.application.verification.UnfinishedSession;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the verification periods of the session types, with their history of closings and reopenings. */
public interface VerificationPeriodRepository {

    VerificationPeriodId nextId();

    void add(VerificationPeriod period);

    /**
     * Appends the period's {@link VerificationPeriod#newEvents() new events} if the stored version is still
     * {@code period.version()}, and increments it; else ConcurrentModificationException.
     */
    void update(VerificationPeriod period);

    Optional<VerificationPeriod> findById(VerificationPeriodId id);

    /** The type's periods, earliest first. */
    List<VerificationPeriod> ofType(SessionTypeId type);

    /** The type's sessions in [from, to] that are still Scheduled or In progress, by date. */
    List<UnfinishedSession> unfinishedSessions(SessionTypeId type, LocalDate from, LocalDate to);
}
