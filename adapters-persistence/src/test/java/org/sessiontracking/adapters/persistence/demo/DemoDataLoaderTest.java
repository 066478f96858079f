package org.sessiontracking.adapters.persistence.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.session.JooqSessionRepository;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.SessionRow;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE;
import static org.sessiontracking.adapters.persistence.jooq.Tables.ATTENDANCE_HISTORY;
import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.jooq.Tables.SESSION;

class DemoDataLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    /** The tests share one database, so the demo data is loaded once for all of them. */
    private static DemoData.Result first;

    private final DSLContext db = TestDatabase.dsl();
    private final Clock clock = CLOCK;

    @BeforeAll
    static void loadOnce() {
        first = new DemoDataLoader(TestDatabase.dsl(), CLOCK).load("demo-hash");
    }

    @Test
    void loadsAYearOfSessionsWithHouseholdsAndAttendanceOnceOnly() {

        assertThat(first.loaded()).isTrue();
        assertThat(first.sessions()).isEqualTo(13 * 5 * 2);
        int households = db.fetchCount(REGISTRANT, REGISTRANT.EXTERNAL_ID.startsWith("DEMO-H"));
        assertThat(households).isEqualTo(60);
        int members = db.fetchCount(REGISTRANT, REGISTRANT.EXTERNAL_ID.startsWith("DEMO-")
                .and(REGISTRANT.KIND.eq("INDIVIDUAL")).and(REGISTRANT.GROUP_ID.isNotNull()));
        assertThat(members).isBetween(180, 300);
        assertThat(first.registrants()).isEqualTo(households + members);
        assertThat(first.attendanceRecords()).isPositive();
        assertThat(db.fetchCount(ATTENDANCE_HISTORY)).isGreaterThanOrEqualTo(first.attendanceRecords());
        assertThat(db.selectDistinct(ATTENDANCE.STATUS).from(ATTENDANCE).fetch(ATTENDANCE.STATUS))
                .contains("PRESENT", "ABSENT", "EXCUSED");

        DemoData.Result again = new DemoDataLoader(db, clock).load("demo-hash");
        assertThat(again.loaded()).isFalse();
        assertThat(db.fetchCount(REGISTRANT, REGISTRANT.EXTERNAL_ID.startsWith("DEMO-")))
                .isEqualTo(first.registrants());
        assertThat(new org.sessiontracking.adapters.persistence.graduation.JooqGraduationPathwayRepository(db).list())
                .filteredOn(pathway -> pathway.name().equals("Skills Training graduation")).singleElement()
                .satisfies(pathway -> assertThat(pathway.criteria()).hasSize(3));
    }

    @Test
    void theSessionsReadBackAsValidSessionsOfTheApplication() {
        JooqSessionRepository sessions = new JooqSessionRepository(db, clock);
        SessionFilter demo = SessionFilter.ALL.withLocationContaining("Barangay San Isidro covered court");

        List<SessionRow> rows = sessions.list(demo, PageRequest.first(20));
        assertThat(rows).hasSize(13);
        assertThat(rows.getFirst().date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(rows.getFirst().status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(rows.getFirst().title()).isEqualTo("FDS - " + rows.getFirst().topicName().orElseThrow()
                + " - December 2026 - Barangay San Isidro covered court");
        assertThat(rows.get(1).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(rows.get(1).attendanceRecords()).isPositive();
        assertThat(rows).allSatisfy(row -> assertThat(row.topicName()).isPresent());

        Session loaded = sessions.findById(rows.get(1).id()).orElseThrow();
        assertThat(loaded.durationHours()).isEqualByComparingTo("2");
        assertThat(db.fetchCount(SESSION, SESSION.STATUS.eq("CANCELLED").and(SESSION.CANCEL_REASON.startsWith("Typhoon signal"))))
                .isEqualTo(1);
    }
}
