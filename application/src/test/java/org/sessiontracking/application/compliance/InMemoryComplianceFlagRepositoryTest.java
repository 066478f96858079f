package org.sessiontracking.application.compliance;

import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryComplianceFlagRepositoryTest extends ComplianceFlagRepositoryContract {

    private final InMemoryComplianceFlagRepository repository = new InMemoryComplianceFlagRepository();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected ComplianceFlagRepository repository() {
        return repository;
    }

    @Override
    protected RegistrantId newRegistrant(String externalId, String name) {
        RegistrantId id = new RegistrantId(ids.incrementAndGet());
        repository.knowsRegistrant(id, externalId, name);
        return id;
    }

    @Override
    protected SessionTypeId newSessionType(String name) {
        SessionTypeId id = new SessionTypeId(ids.incrementAndGet());
        repository.knowsType(id, name);
        return id;
    }

    @Override
    protected UserId newUser(String displayName) {
        UserId id = new UserId(ids.incrementAndGet());
        repository.knowsUser(id, displayName);
        return id;
    }
}
