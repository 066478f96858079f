package org.sessiontracking.application.graduation.port.out;

import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationId;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;
import java.util.Optional;

/** The assessments and graduations recorded on pathways. */
public interface GraduationRecords {

    /** Stores the assessment, replacing an earlier one of the same criterion and registrant. */
    void saveAssessment(Assessment assessment);

    GraduationId nextGraduationId();

    /** Stores a new graduation; DuplicateException when the registrant already graduated from the pathway (not revoked). */
    void add(Graduation graduation);

    /** Stores a revocation if the stored version is still {@code graduation.version()}; else ConcurrentModificationException. */
    void update(Graduation graduation);

    Optional<Graduation> findById(GraduationId id);

    /** A registrant's graduations from the pathway, revoked ones included, latest first. */
    List<Graduation> of(GraduationPathwayId pathway, RegistrantId registrant);
}
