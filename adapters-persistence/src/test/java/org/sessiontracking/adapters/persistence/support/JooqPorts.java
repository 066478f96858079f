package org.sessiontracking.adapters.persistence.support;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.attendance.JooqAttendanceRepository;
import org.sessiontracking.adapters.persistence.compliance.JooqComplianceFlagRepository;
import org.sessiontracking.adapters.persistence.registrant.JooqRegistrantImportStore;
import org.sessiontracking.adapters.persistence.registrant.JooqRegistrantRepository;
import org.sessiontracking.adapters.persistence.session.JooqSessionRepository;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.user.JooqUserRepository;
import org.sessiontracking.application.support.StoragePorts;

import java.time.Clock;

/** The jOOQ adapter's writing ports on the test database, for the contracts that arrange data through ports. */
public final class JooqPorts {

    private JooqPorts() {
    }

    public static StoragePorts of(DSLContext db) {
        Clock clock = Clock.systemUTC();
        return new StoragePorts(new JooqSessionTypeRepository(db, clock), new JooqUserRepository(db, clock),
                new JooqRegistrantRepository(db, clock), new JooqRegistrantImportStore(db, clock),
                new JooqSessionRepository(db, clock), new JooqAttendanceRepository(db),
                new JooqComplianceFlagRepository(db));
    }
}
