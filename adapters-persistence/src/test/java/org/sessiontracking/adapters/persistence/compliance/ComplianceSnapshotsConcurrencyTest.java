package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes that used to escape the compliance snapshot (found in review): a record moved to another
 * registrant or to a session of another type, and a record saved while its session moves to another type.
 */
class ComplianceSnapshotsConcurrencyTest {

    private static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final CompliancePolicy EIGHTY = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceQuery query = new JooqComplianceQuery(db);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long user;

    @BeforeEach
    void data() {
        user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'R', 'x', 'STAFF', now(), now()) returning id", "rv-" + tag).fetchOne(0, Long.class);
    }

    private long type(String name) {
        return db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, 80, false, "
                + "'LEFT_OUT', now(), now()) returning id", name + " " + tag).fetchOne(0, Long.class);
    }

    private long session(long type, LocalDate date) {
        return db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                + "facilitator_id, status, created_at, updated_at) values (?, 'S', ?, 2, ?, 'COMPLETED', now(), now()) "
                + "returning id", type, date, user).fetchOne(0, Long.class);
    }

    private long registrant(String name) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, ?, 'INDIVIDUAL', 'North', now(), now()) returning id", "rv-" + UUID.randomUUID(), name)
                .fetchOne(0, Long.class);
    }

    private void attend(DSLContext on, long session, long registrant, String status) {
        on.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, now())", session, registrant, status, user);
    }

    private void assertSnapshotEqualsFresh(long type, String what) {
        ComplianceCriteria criteria = ComplianceCriteria.of(new SessionTypeId(type), PERIOD);
        Map<Long, ComplianceRow> fresh = new HashMap<>();
        query.forEach(criteria, EIGHTY, row -> fresh.put(row.registrant().value(), row));
        Map<Long, ComplianceRow> snapshot = new HashMap<>();
        query.list(criteria, EIGHTY, new PageRequest(0, 1000, List.of(new PageRequest.SortOrder("rate", false))))
                .forEach(row -> snapshot.put(row.registrant().value(), row));
        assertThat(snapshot).as(what).isEqualTo(fresh);
    }

    @Test
    void anAttendanceRecordMovedToAnotherRegistrant() {
        long a = type("A");
        long s = session(a, LocalDate.of(2026, 2, 10));
        long alice = registrant("Alice " + tag);
        long bob = registrant("Bob " + tag);
        attend(db, s, alice, "PRESENT");
        assertSnapshotEqualsFresh(a, "before");
        db.execute("update attendance set registrant_id = ? where session_id = ? and registrant_id = ?", bob, s, alice);
        assertSnapshotEqualsFresh(a, "after registrant_id changed");
    }

    @Test
    void anAttendanceRecordMovedToASessionOfAnotherType() {
        long a = type("A");
        long b = type("B");
        long sa = session(a, LocalDate.of(2026, 2, 10));
        long sb = session(b, LocalDate.of(2026, 2, 11));
        long alice = registrant("Alice " + tag);
        attend(db, sa, alice, "PRESENT");
        assertSnapshotEqualsFresh(a, "before");
        db.execute("update attendance set session_id = ? where session_id = ? and registrant_id = ?", sb, sa, alice);
        assertSnapshotEqualsFresh(a, "after session_id changed");
    }

    @Test
    void aRecordSavedWhileItsSessionMovesToAnotherType() throws Exception {
        long a = type("A");
        long b = type("B");
        long sa = session(a, LocalDate.of(2026, 2, 10));
        long sb = session(b, LocalDate.of(2026, 2, 11));
        long alice = registrant("Alice " + tag);
        long bob = registrant("Bob " + tag);
        attend(db, sa, alice, "PRESENT");
        attend(db, sb, alice, "PRESENT");
        assertSnapshotEqualsFresh(b, "before");
        try (Connection editor = TestDatabase.dataSource().getConnection()) {
            editor.setAutoCommit(false);
            DSL.using(editor, SQLDialect.POSTGRES).execute("update session set session_type_id = ? where id = ?", b, sa);
            // staff save a record on the session meanwhile: their statement waits until the move is committed
            CompletableFuture<Void> save = CompletableFuture.runAsync(() -> attend(db, sa, bob, "PRESENT"));
            Thread.sleep(500);
            assertThat(save).isNotDone();
            editor.commit();
            save.get(10, TimeUnit.SECONDS);
        }
        assertSnapshotEqualsFresh(b, "after the move and the save committed");
    }
}
