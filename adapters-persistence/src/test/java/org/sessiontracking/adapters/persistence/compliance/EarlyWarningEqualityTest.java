package org.sessiontracking.adapters.persistence.compliance;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.persistence.sessiontype.JooqSessionTypeRepository;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceCriteria.EarlyWarning;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.domain.attendance.AbsenceRun;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.attendance.CountedRecords.AttendanceRecord;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.Outlook;
import org.sessiontracking.domain.compliance.RemainingSessions;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The early warning's SQL (compliance_outlook, compliance_remaining_all, compliance_absence_run in
 * R__compliance.sql, as the adapter joins them) lists exactly whom the domain's rules ({@link Outlook},
 * {@link RemainingSessions}, {@link AbsenceRun}) name, computed in Java from the raw rows, on random
 * data: sessions held, scheduled, in progress and cancelled, with and without an area, several on one
 * day, under every excused policy, threshold and run length.
 */
class EarlyWarningEqualityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String[] RECORD_STATUSES = {"PRESENT", "ABSENT", "EXCUSED"};
    private static final String[] SESSION_STATUSES = {"COMPLETED", "COMPLETED", "SCHEDULED", "IN_PROGRESS", "CANCELLED"};

    private final DSLContext db = TestDatabase.dsl();
    private final JooqComplianceQuery query = new JooqComplianceQuery(db);
    private final JooqSessionTypeRepository types = new JooqSessionTypeRepository(db, CLOCK);
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Random random = new Random(20261202);
    private final List<Long> people = new ArrayList<>();
    private final Map<Long, String> areaOf = new HashMap<>();

    @Test
    void theWarningsListWhomTheDomainRulesName() {
        long user = db.resultQuery("insert into app_user (username, display_name, password_hash, role, created_at, "
                + "updated_at) values (?, 'Warning Tester', 'x', 'STAFF', now(), now()) returning id", "ew-" + tag)
                .fetchOne(0, Long.class);
        long type = db.resultQuery("insert into session_type (name, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, 'MONTHLY', 2, 80, false, "
                + "'LEFT_OUT', now(), now()) returning id", "Warning " + tag).fetchOne(0, Long.class);
        String[] areas = {"North " + tag, "South " + tag, ""};
        for (int i = 0; i < 60; i++) {
            String area = i % 3 == 2 ? " north " + tag.toUpperCase() + " " : areas[i % 2];
            long id = db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, "
                    + "updated_at) values (?, ?, 'INDIVIDUAL', ?, now(), now()) returning id", "ew-" + UUID.randomUUID(),
                    "Person " + tag + " " + i, area).fetchOne(0, Long.class);
            people.add(id);
            areaOf.put(id, area);
        }
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String status = SESSION_STATUSES[random.nextInt(SESSION_STATUSES.length)];
            // two sessions on some days; the last ones later in the period, as scheduled ones usually are
            LocalDate date = LocalDate.of(2026, 1, 10).plusDays(9L * (i / 2 + (i % 4 == 1 ? 0 : i % 2)));
            sessions.add(db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                    + "facilitator_id, status, cancel_reason, area, created_at, updated_at) "
                    + "values (?, 'S', ?, 2, ?, ?, ?, ?, now(), now()) returning id", type, date, user, status,
                    status.equals("CANCELLED") ? "storm" : null, areas[random.nextInt(areas.length)])
                    .fetchOne(0, Long.class));
        }
        for (long session : sessions) {
            for (long person : people) {
                if (random.nextInt(4) > 0) {
                    db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                            + "values (?, ?, ?, ?, now())", session, person,
                            RECORD_STATUSES[random.nextInt(10) < 5 ? 1 : random.nextInt(3)], user);
                }
            }
        }
        List<Period> periods = List.of(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new Period(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 25)));
        int listed = 0;
        for (int round = 0; round < 6; round++) {
            db.execute("update session_type set required_attendance = ?, excused_policy = ?, absence_warning = ? "
                            + "where id = ?", List.of(50, 75, 80, 100).get(round % 4),
                    ExcusedPolicy.values()[round % 3].name(), 1 + round % 3, type);
            SessionType sessionType = types.findById(new SessionTypeId(type)).orElseThrow();
            CompliancePolicy policy = CompliancePolicy.of(sessionType);
            for (Period period : periods) {
                for (EarlyWarning warning : EarlyWarning.values()) {
                    String what = "round " + round + ", " + policy + ", " + period + ", " + warning;
                    Set<Long> expected = expected(sessionType.id(), period, policy, warning);
                    ComplianceCriteria criteria = ComplianceCriteria.of(sessionType.id(), period).withWarning(warning);
                    Set<Long> page = new TreeSet<>(query.list(criteria, policy,
                                    new PageRequest(0, 1000, List.of(new PageRequest.SortOrder("rate", true))))
                            .stream().map(row -> row.registrant().value()).toList());
                    assertThat(page).as("page: " + what).isEqualTo(expected);
                    assertThat(query.count(criteria, policy)).as("count: " + what).isEqualTo(expected.size());
                    Set<Long> export = new TreeSet<>();
                    query.forEach(criteria, policy, row -> export.add(row.registrant().value()));
                    assertThat(export).as("export: " + what).isEqualTo(expected);
                    Set<Long> north = new TreeSet<>(query.list(criteria.withArea("North " + tag), policy,
                            PageRequest.first(1000)).stream().map(ComplianceRow::registrant)
                            .map(id -> id.value()).toList());
                    assertThat(north).as("one area: " + what).isEqualTo(expected.stream()
                            .filter(id -> areaOf.get(id).equals("North " + tag)).collect(TreeSet::new, Set::add, Set::addAll));
                    listed += expected.size();
                }
            }
        }
        assertThat(listed).as("the data gives the warnings something to list").isGreaterThan(50);
    }

    /** The domain's rules on the raw rows. */
    private Set<Long> expected(SessionTypeId type, Period period, CompliancePolicy policy, EarlyWarning warning) {
        Map<Long, List<AttendanceRecord>> records = new HashMap<>();
        Map<Long, Set<Long>> recordedAt = new HashMap<>();
        db.resultQuery("select a.registrant_id, s.session_type_id, s.session_date, s.status = 'CANCELLED', a.status, "
                        + "s.id from attendance a join session s on s.id = a.session_id where a.registrant_id = any(?)",
                (Object) people.toArray(Long[]::new)).forEach(row -> {
            long registrant = row.get(0, Long.class);
            records.computeIfAbsent(registrant, id -> new ArrayList<>()).add(new AttendanceRecord(
                    new SessionTypeId(row.get(1, Long.class)), row.get(2, LocalDate.class), row.get(3, Boolean.class),
                    AttendanceStatus.valueOf(row.get(4, String.class))));
            recordedAt.computeIfAbsent(registrant, id -> new java.util.HashSet<>()).add(row.get(5, Long.class));
        });
        record Candidate(long id, RemainingSessions.Candidate session) {
        }
        List<Candidate> sessions = db.resultQuery("select id, session_type_id, session_date, status, area from session "
                + "where session_type_id = ?", type.value()).fetch(row -> new Candidate(row.get(0, Long.class),
                new RemainingSessions.Candidate(new SessionTypeId(row.get(1, Long.class)), row.get(2, LocalDate.class),
                        SessionStatus.valueOf(row.get(3, String.class)), row.get(4, String.class))));
        Set<Long> expected = new TreeSet<>();
        records.forEach((registrant, list) -> {
            if (CountedRecords.tally(list, type, period.from(), period.to()).records() == 0) {
                return;
            }
            boolean listed;
            if (warning == EarlyWarning.ABSENCES_IN_A_ROW) {
                listed = AbsenceRun.of(list, List.of(), type, period.from(), period.to(), policy.excusedPolicy(),
                        policy.missingRecordPolicy()) >= policy.absenceWarning();
            } else {
                int remaining = (int) sessions.stream().filter(candidate -> RemainingSessions.remainsFor(
                        candidate.session(), areaOf.get(registrant),
                        recordedAt.getOrDefault(registrant, Set.of()).contains(candidate.id()), type, period.from(),
                        period.to())).count();
                Compliance compliance = policy.evaluate(CountedRecords.tally(list, type, period.from(), period.to()));
                listed = policy.outlook(compliance, remaining).equals(warning.outlook());
            }
            if (listed) {
                expected.add(registrant);
            }
        });
        return expected;
    }
}
