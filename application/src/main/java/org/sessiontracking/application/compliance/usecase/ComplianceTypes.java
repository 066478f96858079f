package org.sessiontracking.application.compliance.usecase;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

/** Loads the session type a compliance question is about, or says it does not exist. */
final class ComplianceTypes {

    private ComplianceTypes() {
    }

    static SessionType load(SessionTypeRepository types, SessionTypeId id) {
        return types.findById(id).orElseThrow(() -> new NotFoundException("The session type no longer exists"));
    }
}
