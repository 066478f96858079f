package org.sessiontracking.application.casework.port.in;

import org.sessiontracking.domain.casework.CaseId;
import org.sessiontracking.domain.common.Version;

/** The case worker (or a manager) closes an open case with a note saying why. Closing is final. */
public interface CloseCaseUseCase {

    void close(CaseId id, Version version, String note);
}
