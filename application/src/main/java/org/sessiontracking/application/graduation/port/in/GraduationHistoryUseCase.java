package org.sessiontracking.application.graduation.port.in;

import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.List;

/** A registrant's graduation records on a pathway, revoked ones included, with the criteria as they stood. */
public interface GraduationHistoryUseCase {

    List<Entry> history(GraduationPathwayId pathway, RegistrantId registrant);

    /** @param revokedBy empty when not revoked */
    record Entry(Graduation graduation, String recordedBy, String revokedBy) {
    }
}
