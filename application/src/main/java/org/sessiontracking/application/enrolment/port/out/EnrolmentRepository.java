package org.sessiontracking.application.enrolment.port.out;

import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.domain.enrolment.Enrolment;
import org.sessiontracking.domain.enrolment.EnrolmentId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores enrolments: who a session type expects. Compliance reads them where it reads the records, so
 * a change counts at once everywhere compliance is read.
 */
public interface EnrolmentRepository {

    EnrolmentId nextId();

    void add(Enrolment enrolment, UserId createdBy, Instant createdAt);

    /** Stores the changed enrolment if its stored version is still {@code enrolment.version()}; else ConcurrentModification. */
    void update(Enrolment enrolment);

    void remove(EnrolmentId id);

    Optional<Enrolment> findById(EnrolmentId id);

    /** Every enrolment, the latest first (by first day, then newest). */
    List<EnrolmentRow> list();

    /** Whether the type has any enrolment at all (whatever its days). */
    boolean anyOf(SessionTypeId type);

    /**
     * The active registrants an enrolment of the type covers on {@code day} whose area a session of
     * {@code sessionArea} is open to (an empty area: every area), by name, at most {@code limit}.
     */
    List<RegistrantId> expected(SessionTypeId type, LocalDate day, String sessionArea, int limit);

    /** {@link #expected} of the session's type, on its date, for its area; empty for an unknown session. */
    List<RegistrantId> expectedAt(SessionId session, int limit);
}
