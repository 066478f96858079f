package org.sessiontracking.application.compliance;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.attendance.AttendanceStatus.ABSENT;
import static org.sessiontracking.domain.attendance.AttendanceStatus.EXCUSED;
import static org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT;

/**
 * What every {@link ComplianceQuery} must do, whatever computes it (SQL or Java): the counts of the
 * type's non-cancelled sessions in the period, judged exactly as {@link org.sessiontracking.domain.compliance.Compliance}
 * judges them, the list's filters, totals, order and pages, one registrant's records and curriculum
 * completion. The data goes in through the adapter's own ports ({@link StoragePorts}); each test has a
 * type of its own, so a shared store may hold others.
 */
public abstract class ComplianceQueryContract {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 15);
    private static final Period H1 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));

    protected abstract ComplianceQuery query();

    protected abstract StoragePorts ports();

    private StoredData data;
    private UserId officer;
    private String area;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        officer = data.user("Compliance Officer");
        area = data.unique("Barangay");
    }

    /** Five monthly sessions in the first half of 2025, plus a cancelled one and one in July, all of the type. */
    private List<SessionId> sessions(SessionType type) {
        List<SessionId> held = new ArrayList<>();
        for (int month = 0; month < 5; month++) {
            held.add(data.session(type, JAN.plusMonths(month), SessionStatus.COMPLETED, officer));
        }
        return held;
    }

    private void attend(List<SessionId> sessions, RegistrantId registrant, AttendanceStatus... marks) {
        for (int i = 0; i < marks.length; i++) {
            data.record(sessions.get(i), registrant, marks[i], officer);
        }
    }

    private ComplianceRow row(List<ComplianceRow> rows, RegistrantId registrant) {
        return rows.stream().filter(row -> row.registrant().equals(registrant)).findFirst().orElseThrow();
    }

    /**
     * Early warnings over five held sessions and June's: one in progress (open to all), one scheduled
     * for every area, one scheduled for another area (which nobody here can attend).
     */
    @Test
    void earlyWarningsFollowTheRemainingSessionsAndTheRunOfAbsences() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        SessionId inProgress = data.sessionIn("", type, LocalDate.of(2025, 6, 3), SessionStatus.IN_PROGRESS, officer);
        data.sessionIn(area, type, LocalDate.of(2025, 6, 17), SessionStatus.SCHEDULED, officer);
        data.sessionIn(data.unique("Elsewhere"), type, LocalDate.of(2025, 6, 24), SessionStatus.SCHEDULED, officer);
        RegistrantId ana = data.registrant("Ana Reyes", area);
        RegistrantId ben = data.registrant("Ben Cruz", area);
        RegistrantId carla = data.registrant("Carla Lim", area);
        RegistrantId dan = data.registrant("Dan Uy", area);
        RegistrantId eve = data.registrant("Eve Tan", area);
        RegistrantId gina = data.registrant("Gina Sy", area);
        attend(held, ana, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT);   // 4 of 5, 2 left: 6/7 or 5/7
        attend(held, ben, PRESENT, ABSENT, PRESENT, ABSENT, EXCUSED);    // 2 of 4, 2 left: 4/6 at best
        attend(held, carla, EXCUSED, EXCUSED, PRESENT, PRESENT, EXCUSED); // 2 of 2, 2 left: 3/4 with an absence
        attend(held, dan, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT);  // 5 of 5: 6/7 with an absence
        attend(held, eve, PRESENT, PRESENT, PRESENT, ABSENT, ABSENT);    // 3 of 5, 2 left: 5/7 at best
        attend(held, gina, PRESENT, ABSENT);
        data.record(inProgress, gina, PRESENT, officer);                 // 2 of 3, 1 left (not 2): 3/4 at best

        CompliancePolicy policy = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 2);
        ComplianceCriteria criteria = ComplianceCriteria.of(type.id(), H1);
        assertThat(warned(criteria, policy, ComplianceCriteria.EarlyWarning.CANNOT_REACH))
                .containsExactlyInAnyOrder(ben, eve, gina);
        assertThat(warned(criteria, policy, ComplianceCriteria.EarlyWarning.AT_RISK)).containsExactlyInAnyOrder(ana, carla);
        assertThat(warned(criteria, policy, ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW)).containsExactly(eve);
        // an Excused record extends the run when it counts as absent, and ends it when it counts as present
        assertThat(warned(criteria, new CompliancePolicy(80, ExcusedPolicy.COUNTS_AS_ABSENT, 2),
                ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW)).containsExactlyInAnyOrder(ben, eve);
        assertThat(warned(criteria, new CompliancePolicy(80, ExcusedPolicy.COUNTS_AS_PRESENT, 1),
                ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW)).containsExactlyInAnyOrder(ana, eve);
        assertThat(warned(criteria, new CompliancePolicy(0, ExcusedPolicy.LEFT_OUT, 2),
                ComplianceCriteria.EarlyWarning.CANNOT_REACH)).as("nothing required, nobody warned").isEmpty();
        ComplianceCriteria cannotReach = criteria.withWarning(ComplianceCriteria.EarlyWarning.CANNOT_REACH);
        assertThat(query().count(cannotReach, policy)).isEqualTo(3);
        assertThat(query().totals(cannotReach, policy).get(ComplianceStatus.NON_COMPLIANT)).isEqualTo(3);
        List<RegistrantId> exported = new ArrayList<>();
        query().forEach(cannotReach, policy, row -> exported.add(row.registrant()));
        assertThat(exported).containsExactly(ben, eve, gina);
        assertThat(query().list(cannotReach.withArea(data.unique("Nowhere")), policy, PageRequest.first(10))).isEmpty();
        assertThat(dan).isNotIn(warned(criteria, policy, ComplianceCriteria.EarlyWarning.AT_RISK));
    }

    private List<RegistrantId> warned(ComplianceCriteria criteria, CompliancePolicy policy,
                                      ComplianceCriteria.EarlyWarning warning) {
        return query().list(criteria.withWarning(warning), policy, PageRequest.first(50)).stream()
                .map(ComplianceRow::registrant).toList();
    }

    @Test
    void everyRowIsJudgedExactlyAsTheDomainRuleJudgesItsCountsUnderEachExcusedPolicy() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        SessionId cancelled = data.session(type, JAN.plusDays(3), SessionStatus.CANCELLED, officer);
        SessionId july = data.session(type, LocalDate.of(2025, 7, 15), SessionStatus.COMPLETED, officer);
        RegistrantId ana = data.registrant("Ana Reyes", area);
        RegistrantId ben = data.registrant("Ben Cruz", area);
        RegistrantId carla = data.registrant("Carla Lim", area);
        attend(held, ana, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT);
        attend(held, ben, PRESENT, ABSENT, PRESENT, ABSENT, EXCUSED);
        attend(held, carla, EXCUSED, EXCUSED, PRESENT, PRESENT, EXCUSED);
        // neither the cancelled session nor July counts
        data.record(cancelled, ben, PRESENT, officer);
        data.record(july, ben, PRESENT, officer);

        for (ExcusedPolicy excused : ExcusedPolicy.values()) {
            for (int required : new int[]{0, 60, 80, 100}) {
                CompliancePolicy policy = new CompliancePolicy(required, excused);
                List<ComplianceRow> rows = query().list(ComplianceCriteria.of(type.id(), H1), policy,
                        PageRequest.first(10));
                assertThat(rows).hasSize(3);
                for (ComplianceRow row : rows) {
                    var expected = policy.evaluate(row.counts());
                    assertThat(row.attended()).as("attended of %s under %s", row.name(), policy).isEqualTo(expected.attended());
                    assertThat(row.counted()).isEqualTo(expected.counted());
                    assertThat(row.status()).as("status of %s under %s", row.name(), policy).isEqualTo(expected.status());
                }
                assertThat(row(rows, ana).counts()).isEqualTo(new AttendanceCounts(4, 1, 0));
                assertThat(row(rows, ben).counts()).isEqualTo(new AttendanceCounts(2, 2, 1));
                assertThat(row(rows, carla).counts()).isEqualTo(new AttendanceCounts(2, 0, 3));
            }
        }
        List<ComplianceRow> at80 = query().list(ComplianceCriteria.of(type.id(), H1),
                new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT), PageRequest.first(10));
        assertThat(row(at80, ana).status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(row(at80, ben).status()).isEqualTo(ComplianceStatus.NON_COMPLIANT);
        assertThat(row(at80, carla).status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(row(at80, ana).rateText()).isEqualTo("80.0%");
    }

    @Test
    void filtersByStatusAreaAndHouseholdWhileTotalsIgnoreTheStatusFilter() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        String household = data.unique("H");
        RegistrantId group = data.registrant(household, "Household Reyes", RegistrantKind.GROUP, Optional.empty(),
                area, true);
        RegistrantId ana = data.registrant(data.unique("M"), "Ana Reyes", RegistrantKind.INDIVIDUAL,
                Optional.of(household), area, true);
        RegistrantId ben = data.registrant("Ben Cruz", area);
        RegistrantId other = data.registrant("Dina Sy", data.unique("Elsewhere"));
        RegistrantId excusedOnly = data.registrant("Eve Excused", area);
        attend(held, ana, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT);
        attend(held, ben, ABSENT, ABSENT, PRESENT);
        attend(held, other, PRESENT);
        attend(held, excusedOnly, EXCUSED, EXCUSED);
        CompliancePolicy policy = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);
        ComplianceCriteria inArea = ComplianceCriteria.of(type.id(), H1).withArea(area.toUpperCase());

        assertThat(query().list(inArea, policy, PageRequest.first(10))).extracting(ComplianceRow::registrant)
                .containsExactlyInAnyOrder(ana, ben, excusedOnly);
        assertThat(query().count(inArea, policy)).isEqualTo(3);
        assertThat(query().list(inArea.withStatus(ComplianceStatus.NON_COMPLIANT), policy, PageRequest.first(10)))
                .extracting(ComplianceRow::registrant).containsExactly(ben);
        assertThat(query().count(inArea.withStatus(ComplianceStatus.NO_DATA), policy)).isEqualTo(1);
        assertThat(query().totals(inArea.withStatus(ComplianceStatus.COMPLIANT), policy)).isEqualTo(Map.of(
                ComplianceStatus.COMPLIANT, 1, ComplianceStatus.NON_COMPLIANT, 1, ComplianceStatus.NO_DATA, 1,
                ComplianceStatus.NOT_REQUIRED, 0));
        List<ComplianceRow> members = query().list(inArea.withGroup(group), policy, PageRequest.first(10));
        assertThat(members).extracting(ComplianceRow::registrant).containsExactly(ana);
        assertThat(members.getFirst().group()).isEqualTo("Household Reyes");
        assertThat(members.getFirst().area()).isEqualTo(area);
        assertThat(query().count(ComplianceCriteria.of(type.id(), H1), policy)).isEqualTo(4);
    }

    @Test
    void sortsByRateWithNothingCountedLastEitherWayThenPagesAndRefusesOtherSorts() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        RegistrantId full = data.registrant("Zed Full", area);
        RegistrantId half = data.registrant("Amy Half", area);
        RegistrantId none = data.registrant("Mia None", area);
        attend(held, full, PRESENT, PRESENT);
        attend(held, half, PRESENT, ABSENT);
        attend(held, none, EXCUSED);
        CompliancePolicy policy = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);
        ComplianceCriteria criteria = ComplianceCriteria.of(type.id(), H1);

        assertThat(query().list(criteria, policy, PageRequest.first(10))).extracting(ComplianceRow::registrant)
                .containsExactly(half, none, full);
        assertThat(query().list(criteria, policy, new PageRequest(0, 10,
                List.of(new PageRequest.SortOrder("rate", true))))).extracting(ComplianceRow::registrant)
                .containsExactly(half, full, none);
        assertThat(query().list(criteria, policy, new PageRequest(0, 10,
                List.of(new PageRequest.SortOrder("rate", false))))).extracting(ComplianceRow::registrant)
                .containsExactly(full, half, none);
        assertThat(query().list(criteria, policy, new PageRequest(1, 1,
                List.of(new PageRequest.SortOrder("name", false))))).extracting(ComplianceRow::registrant)
                .containsExactly(none);
        assertThatThrownBy(() -> query().list(criteria, policy, new PageRequest(0, 10,
                List.of(new PageRequest.SortOrder("password", true))))).isInstanceOf(IllegalArgumentException.class);
        List<RegistrantId> streamed = new ArrayList<>();
        query().forEach(criteria, policy, row -> streamed.add(row.registrant()));
        assertThat(streamed).containsExactly(half, none, full);
    }

    @Test
    void countsOnlyTheOpenFlagsOfTheListedType() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        SessionType otherType = data.sessionType("Training", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        RegistrantId ana = data.registrant("Ana Reyes", area);
        attend(held, ana, ABSENT);
        data.flag(ana, type.id(), officer, false);
        data.flag(ana, type.id(), officer, false);
        data.flag(ana, type.id(), officer, true);
        data.flag(ana, otherType.id(), officer, false);

        assertThat(query().list(ComplianceCriteria.of(type.id(), H1), new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT),
                PageRequest.first(10))).singleElement().satisfies(row -> assertThat(row.openFlags()).isEqualTo(2));
    }

    @Test
    void aRegistrantsRecordsInThePeriodComeLatestFirstCancelledSessionsIncluded() {
        SessionType type = data.sessionType("FDS", 80, ExcusedPolicy.LEFT_OUT);
        List<SessionId> held = sessions(type);
        SessionId cancelledLater = data.session(type, JAN.plusMonths(4).plusDays(1), SessionStatus.IN_PROGRESS, officer);
        SessionId july = data.session(type, LocalDate.of(2025, 7, 15), SessionStatus.COMPLETED, officer);
        RegistrantId ana = data.registrant("Ana Reyes", area);
        attend(held, ana, PRESENT, EXCUSED);
        data.record(cancelledLater, ana, PRESENT, officer);
        data.record(july, ana, PRESENT, officer);
        var session = ports().sessions().findById(cancelledLater).orElseThrow();
        session.cancel("Typhoon");
        ports().sessions().update(session);

        List<AttendanceLine> lines = query().attendanceOf(ana, H1);

        assertThat(lines).extracting(AttendanceLine::session).containsExactly(cancelledLater, held.get(1), held.get(0));
        assertThat(lines.getFirst().cancelled()).isTrue();
        assertThat(lines.get(1)).satisfies(line -> {
            assertThat(line.status()).isEqualTo(EXCUSED);
            assertThat(line.reason()).isEqualTo("Sick");
            assertThat(line.type()).isEqualTo(type.id());
            assertThat(line.typeName()).isEqualTo(type.name());
            assertThat(line.date()).isEqualTo(JAN.plusMonths(1));
            assertThat(line.cancelled()).isFalse();
        });
        assertThat(query().registrant(ana)).hasValueSatisfying(summary -> {
            assertThat(summary.name()).isEqualTo("Ana Reyes");
            assertThat(summary.area()).isEqualTo(area);
            assertThat(summary.kind()).isEqualTo("INDIVIDUAL");
        });
        assertThat(query().registrant(new RegistrantId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void curriculumCountsPresentRecordsOnActiveTopicsAtNonCancelledSessions() {
        SessionType type = data.sessionType("Curriculum", 80, ExcusedPolicy.LEFT_OUT,
                List.of("Nutrition", "Health", "Education"));
        List<Topic> topics = type.topics();
        SessionId nutrition = data.session(type, JAN, SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(0).id()), Set.of());
        SessionId health = data.session(type, JAN.plusMonths(1), SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(1).id()), Set.of());
        SessionId education = data.session(type, JAN.plusMonths(2), SessionStatus.COMPLETED, officer,
                Optional.of(topics.get(2).id()), Set.of());
        SessionId educationCancelled = data.session(type, JAN.plusMonths(3), SessionStatus.CANCELLED, officer,
                Optional.of(topics.get(2).id()), Set.of());
        RegistrantId all = data.registrant("Ana All", area);
        RegistrantId absentOnce = data.registrant("Ben Absent", area);
        RegistrantId onlyCancelled = data.registrant("Cid Cancelled", area);
        for (SessionId session : List.of(nutrition, health, education)) {
            data.record(session, all, PRESENT, officer);
        }
        data.record(nutrition, absentOnce, PRESENT, officer);
        data.record(health, absentOnce, PRESENT, officer);
        data.record(education, absentOnce, ABSENT, officer);
        data.record(educationCancelled, onlyCancelled, PRESENT, officer);

        List<CurriculumRow> rows = query().curriculum(type, Optional.empty(), false, PageRequest.first(10));

        assertThat(rows).extracting(CurriculumRow::registrant).containsExactly(all, absentOnce);
        assertThat(rows.get(0).completion().complete()).isTrue();
        assertThat(rows.get(1).completion().missing()).extracting(Topic::name).containsExactly("Education");
        assertThat(query().countCurriculum(type, Optional.empty(), false)).isEqualTo(2);
        assertThat(query().curriculum(type, Optional.empty(), true, PageRequest.first(10)))
                .extracting(CurriculumRow::registrant).containsExactly(all);
        assertThat(query().countCurriculum(type, Optional.empty(), true)).isEqualTo(1);
        Period january = new Period(JAN.withDayOfMonth(1), JAN.withDayOfMonth(31));
        assertThat(query().curriculum(type, Optional.of(january), false, PageRequest.first(10)))
                .allSatisfy(row -> assertThat(row.completion().covered()).extracting(Topic::name)
                        .containsExactly("Nutrition"));
        assertThat(query().curriculum(type, Optional.empty(), false, new PageRequest(1, 1, List.of())))
                .extracting(CurriculumRow::registrant).containsExactly(absentOnce);
    }
}
