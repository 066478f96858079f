package org.sessiontracking.adapters.persistence.casework;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.support.JooqPorts;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.casework.CaseRepositoryContract;
import org.sessiontracking.application.casework.port.out.CaseRepository;
import org.sessiontracking.application.support.StoredData;

/** The case contract on PostgreSQL: overdue items are counted there by the compliance rule's SQL. */
class JooqCaseRepositoryTest extends CaseRepositoryContract {

    private final DSLContext db = TestDatabase.dsl();
    private final JooqCaseRepository repository = new JooqCaseRepository(db);
    private final StoredData data = new StoredData(JooqPorts.of(db));

    @Override
    protected CaseRepository repository() {
        return repository;
    }

    @Override
    protected StoredData data() {
        return data;
    }
}
