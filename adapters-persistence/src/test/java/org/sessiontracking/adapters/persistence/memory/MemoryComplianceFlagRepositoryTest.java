package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.compliance.ComplianceFlagRepositoryContract;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.util.Optional;

class MemoryComplianceFlagRepositoryTest extends ComplianceFlagRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));

    @Override
    protected ComplianceFlagRepository repository() {
        return memory.complianceFlags();
    }

    @Override
    protected RegistrantId newRegistrant(String externalId, String name) {
        return data.registrant(externalId, name, RegistrantKind.INDIVIDUAL, Optional.empty(), "North", true);
    }

    @Override
    protected SessionTypeId newSessionType(String name) {
        return data.sessionType(name);
    }

    @Override
    protected UserId newUser(String displayName) {
        return data.user(displayName);
    }
}
