package org.sessiontracking.application.registrant;

import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;

class InMemoryRegistrantsTest extends RegistrantRepositoryContract {

    private final InMemoryRegistrants registrants = new InMemoryRegistrants();

    @Override
    protected RegistrantRepository repository() {
        return registrants;
    }

    @Override
    protected RegistrantImportStore importStore() {
        return registrants;
    }
}
