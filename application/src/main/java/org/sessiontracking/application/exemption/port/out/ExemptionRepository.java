package org.sessiontracking.application.exemption.port.out;

import org.sessiontracking.application.exemption.ExemptionRow;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores exemptions. Every change of one changes which records count for the registrants it covers:
 * the adapter brings what compliance reads of them up to date in the same transaction.
 */
public interface ExemptionRepository {

    ExemptionId nextId();

    void add(Exemption exemption, UserId createdBy, Instant createdAt);

    /** Stores the changed exemption if its stored version is still {@code exemption.version()}; else ConcurrentModification. */
    void update(Exemption exemption);

    void remove(ExemptionId id);

    Optional<Exemption> findById(ExemptionId id);

    /** Every exemption, the latest first (by first day, then newest). */
    List<ExemptionRow> list();

    /**
     * Of these registrants, those with records of the type dated in [from, to] that exemptions leave out
     * of their compliance ({@link org.sessiontracking.domain.attendance.CountedRecords#exempted}).
     */
    Map<RegistrantId, LeftOut> leftOut(SessionTypeId type, LocalDate from, LocalDate to,
                                       Collection<RegistrantId> registrants);

    /** @param sessions how many records are left out; @param exemptions the exemptions that cover them */
    record LeftOut(int sessions, Set<ExemptionId> exemptions) {
        public LeftOut {
            exemptions = Set.copyOf(exemptions);
        }
    }
}
