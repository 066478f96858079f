package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.compliance.ComplianceFlagRepositoryContract;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.util.UUID;

/** The rows flags refer to are inserted with plain SQL: their features own those tables. */
class JooqComplianceFlagRepositoryTest extends ComplianceFlagRepositoryContract {

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceFlagRepository repository = new JooqComplianceFlagRepository(db);

    @Override
    protected ComplianceFlagRepository repository() {
        return repository;
    }

    @Override
    protected RegistrantId newRegistrant(String externalId, String name) {
        return new RegistrantId(db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at,"
                + " updated_at) values (?, ?, 'INDIVIDUAL', 'North', now(), now()) returning id", externalId, name)
                .fetchSingle(0, Long.class));
    }

    @Override
    protected SessionTypeId newSessionType(String name) {
        return new SessionTypeId(db.resultQuery("insert into session_type (name, frequency, duration_hours, "
                + "required_attendance, topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2,"
                + " 80, false, 'LEFT_OUT', now(), now()) returning id", name).fetchSingle(0, Long.class));
    }

    @Override
    protected UserId newUser(String displayName) {
        return new UserId(db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at,"
                        + " updated_at) values (?, ?, 'x', 'STAFF', now(), now()) returning id",
                "flags-" + UUID.randomUUID(), displayName).fetchSingle(0, Long.class));
    }
}
