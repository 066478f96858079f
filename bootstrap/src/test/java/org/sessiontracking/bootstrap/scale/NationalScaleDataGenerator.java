package org.sessiontracking.bootstrap.scale;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.Connection;
import java.time.LocalDate;

/**
 * Fills a PostgreSQL database with a national-scale programme, with bulk INSERT ... SELECT over
 * generate_series (the rows are made by the server, nothing travels over the wire):
 * {@code -Dscale.areas} areas (default 1,000) of {@code -Dscale.perArea} registrants each (default
 * 1,000: 1,000,000 registrants), one Family Development Session per area and month for the 12 months
 * December 2025 to November 2026 (12,000 sessions) on the FDS topics in turn, and one attendance record per
 * registrant of the area per session (12,000,000 records: about 75% Present, 17% Absent, 8% Excused,
 * varying by registrant). Run once (it refuses to load twice):
 * <pre>
 * ./mvnw -o -pl bootstrap -am verify -Dtest=NationalScaleDataGenerator -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscale.generate=true [-Dscale.dir=/tmp/st-scale | -Dscale.jdbcUrl=jdbc:postgresql://host/db -Dscale.user=u -Dscale.password=p]
 * </pre>
 */
@EnabledIfSystemProperty(named = "scale.generate", matches = "true")
class NationalScaleDataGenerator {

    static final LocalDate FIRST_MONTH = LocalDate.of(2025, 12, 15);
    static final String PREFIX = "NAT-";

    @Test
    void generate() throws Exception {
        int areas = Integer.getInteger("scale.areas", 1000);
        int perArea = Integer.getInteger("scale.perArea", 1000);
        try (ScaleDatabase database = new ScaleDatabase();
             Connection connection = database.dataSource().getConnection()) {
            DSLContext db = DSL.using(connection, SQLDialect.POSTGRES);
            db.execute("set synchronous_commit = off");
            db.execute("set maintenance_work_mem = '512MB'");
            if (db.fetchExists(db.selectOne().from("registrant").where("external_id = '" + PREFIX + "1'"))) {
                System.out.println("national-scale data already loaded; nothing to do");
                return;
            }
            long started = System.nanoTime();
            long user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at,"
                    + " updated_at) values ('scale-facilitator', 'Scale Facilitator', 'x', 'STAFF', now(), now()) "
                    + "on conflict do nothing returning id").fetchOptional(0, Long.class)
                    .orElseGet(() -> db.resultQuery("select id from app_user where username = 'scale-facilitator'")
                            .fetchOne(0, Long.class));
            long fds = db.resultQuery("select id from session_type where code = 'FDS'").fetchOne(0, Long.class);

            step("registrants", () -> db.execute("""
                    insert into registrant (external_id, full_name, kind, area, sex, birth_date, created_at, updated_at)
                    select 'NAT-' || g, 'Person ' || g, 'INDIVIDUAL', 'Area ' || lpad(((g - 1) / ?)::text, 4, '0'),
                           case g % 2 when 0 then 'FEMALE' else 'MALE' end,
                           case when g % 50 = 0 then null else date '1950-01-01' + (g::bigint * 7919 % 20000)::int end, now(), now()
                      from generate_series(1, ?) g""", perArea, areas * perArea));
            step("sessions", () -> db.execute("""
                    insert into session (session_type_id, title, session_date, duration_hours, location, area,
                                         facilitator_id, topic_id, status, created_at, updated_at)
                    select ?, 'FDS - ' || to_char(d, 'FMMonth YYYY') || ' - Area ' || lpad(a::text, 4, '0'), d, 2,
                           'Area ' || lpad(a::text, 4, '0'), 'Area ' || lpad(a::text, 4, '0'), ?,
                           (select id from topic t where t.session_type_id = ? and t.active
                             order by position offset (m % 5) limit 1), 'COMPLETED', now(), now()
                      from generate_series(0, ? - 1) a, generate_series(0, 11) m,
                           lateral (select (date '2025-12-15' + make_interval(months => m))::date as d) day""",
                    fds, user, fds, areas));
            // a bulk load: the compliance triggers (R__compliance.sql) would recompute the summary of the same
            // registrants once per session; they are off for this one statement, and the summary is built
            // once afterwards from the same definition
            db.execute("alter table attendance disable trigger user");
            try {
                step("attendance", () -> db.execute("""
                    insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at)
                    select s.id, r.id,
                           case when x < 0.55 + (r.id % 7) * 0.06 then 'PRESENT'
                                when x < 0.92 + (r.id % 7) * 0.01 then 'ABSENT' else 'EXCUSED' end, ?, now()
                      from session s
                      join registrant r on r.area = s.area and r.external_id like 'NAT-%'
                      cross join lateral (select random() + 0 * r.id as x) rnd
                     where s.title like 'FDS - % - Area %' and s.facilitator_id = ?""", user, user));
            } finally {
                db.execute("alter table attendance enable trigger user");
            }
            step("compliance summary", () -> db.resultQuery("select rebuild_compliance_summary()").fetch().size());
            step("analyze", () -> db.execute("analyze"));
            System.out.printf("generated %d registrants, %d sessions, %d attendance records in %.1f s%n",
                    db.fetchCount(DSL.table("registrant")), db.fetchCount(DSL.table("session")),
                    db.fetchCount(DSL.table("attendance")), (System.nanoTime() - started) / 1e9);
        }
    }

    private static void step(String name, java.util.function.IntSupplier statement) {
        long started = System.nanoTime();
        int rows = statement.getAsInt();
        System.out.printf("  %-12s %,12d rows in %7.1f s%n", name, rows, (System.nanoTime() - started) / 1e9);
    }
}
