package org.sessiontracking.application.graduation.port.out;

import org.sessiontracking.domain.graduation.CriterionId;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;

import java.util.List;
import java.util.Optional;

/** Stores graduation pathways and their criteria. Names are unique ignoring case (DuplicateException otherwise). */
public interface GraduationPathwayRepository {

    GraduationPathwayId nextId();

    CriterionId nextCriterionId();

    Optional<GraduationPathway> findById(GraduationPathwayId id);

    void add(GraduationPathway pathway);

    /**
     * Stores the change if the stored version is still {@code pathway.version()} (else
     * ConcurrentModificationException); a criterion left out is removed with its assessments.
     */
    void update(GraduationPathway pathway);

    /** Every pathway, by name. */
    List<GraduationPathway> list();
}
