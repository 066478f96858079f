package org.sessiontracking.application.graduation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.common.DuplicateException;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.application.graduation.port.out.GraduationRecords;
import org.sessiontracking.application.graduation.port.out.ReadinessQuery;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.graduation.Assessment;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.CriterionState;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of the graduation ports must do: store pathways with their criteria in order,
 * assessments and graduations (frozen criteria, revocation), and list a pathway's registrants with each
 * criterion's state as the domain judges it, the ready filter agreeing with {@code Readiness.ready()}.
 * Use case 2 of the guide: four modules at 100%, one registrant excused from Module 3.
 */
public abstract class GraduationStorageContract {

    private static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    protected abstract StoragePorts ports();

    protected abstract GraduationPathwayRepository pathways();

    protected abstract GraduationRecords records();

    protected abstract ReadinessQuery readiness();

    /** The same adapter's enrolments: an enrolled type's registrants are judged with their missing records. */
    protected abstract org.sessiontracking.application.enrolment.port.out.EnrolmentRepository enrolments();

    private StoredData data;
    private UserId officer;
    private SessionType skills;
    private RegistrantId everyModule;
    private RegistrantId excused;
    private RegistrantId assessedOnly;
    private GraduationPathway pathway;
    private Criterion modules;
    private Criterion attendance;
    private Criterion plan;
    private String tag;
    private List<SessionId> moduleSessions;

    @BeforeEach
    void arrange() {
        data = new StoredData(ports());
        officer = data.user("Programme Officer");
        skills = data.sessionType("Skills Training", 100, ExcusedPolicy.LEFT_OUT,
                List.of("Module 1", "Module 2", "Module 3", "Module 4"));
        tag = data.unique("");
        everyModule = data.registrant("Ana " + tag, "North");
        excused = data.registrant("Ben " + tag, "North");
        assessedOnly = data.registrant("Cora " + tag, "South");
        moduleSessions = ModuleSessions.held(data, skills, START, officer, List.of(everyModule, excused), (who, module) ->
                who.equals(excused) && module.name().equals("Module 3") ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.PRESENT);
        modules = new Criterion(pathways().nextCriterionId(), "All modules",
                new CriterionKind.CurriculumCompleted(skills.id()), 2, true);
        attendance = new Criterion(pathways().nextCriterionId(), "Attendance",
                new CriterionKind.AttendanceCompliance(skills.id(), START, START.plusMonths(3)), 1, false);
        plan = new Criterion(pathways().nextCriterionId(), "Business plan", new CriterionKind.StaffAssessed(), 1, false);
        pathway = GraduationPathway.create(pathways().nextId(), data.unique("Skills Training graduation"), "",
                true, List.of(modules, attendance, plan));
        pathways().add(pathway);
        pathway = pathways().findById(pathway.id()).orElseThrow();
        records().saveAssessment(new Assessment(pathway.id(), plan.id(), assessedOnly, false, "Draft only",
                LocalDate.of(2026, 6, 1), officer, NOW));
    }

    private ReadinessRequest request(ReadinessFilter filter) {
        return request(filter, Map.of());
    }

    private ReadinessRequest request(ReadinessFilter filter, Map<org.sessiontracking.domain.graduation.CriterionId,
            RulePassing> rules) {
        return new ReadinessRequest(pathway, Map.of(attendance.id(), CompliancePolicy.of(skills)),
                Map.of(modules.id(), skills), rules, filter, tag);
    }

    private ReadinessRequest everyone(ReadinessFilter filter) {
        return new ReadinessRequest(pathway, Map.of(attendance.id(), CompliancePolicy.of(skills)),
                Map.of(modules.id(), skills), Map.of(), filter, "");
    }

    private List<ReadinessRow> exported(ReadinessRequest request) {
        List<ReadinessRow> rows = new ArrayList<>();
        readiness().forEach(request, rows::add);
        return rows;
    }

    /** Ana's record at the module's session (0 for Module 1) corrected to {@code to}. */
    private void correctAna(int module, AttendanceStatus to) {
        SessionId session = moduleSessions.get(module);
        AttendanceRecord current = ports().attendance().findBySession(session).stream()
                .filter(record -> record.registrant().equals(everyModule)).findFirst().orElseThrow();
        ports().attendance().store(session, List.of(new AttendanceSheet.Write(new AttendanceChange(session,
                everyModule, Optional.of(current.status()), Optional.of(to), "Corrected", officer,
                NOW.plusSeconds(60)), Optional.of(current.version()))));
    }

    private List<RegistrantId> ids(List<ReadinessRow> rows) {
        return rows.stream().map(ReadinessRow::registrant).toList();
    }

    private ReadinessRow row(RegistrantId registrant) {
        return readiness().list(request(ReadinessFilter.ALL), PageRequest.first(50)).stream()
                .filter(row -> row.registrant().equals(registrant)).findFirst().orElseThrow();
    }

    @Test
    void aPathwayKeepsItsCriteriaInOrder() {
        GraduationPathway stored = pathways().findById(pathway.id()).orElseThrow();
        assertThat(stored.criteria()).containsExactly(modules, attendance, plan);
        assertThat(pathways().list()).extracting(GraduationPathway::id).contains(pathway.id());
    }

    @Test
    void anEditReplacesTheCriteriaAndChecksTheVersion() {
        GraduationPathway stored = pathways().findById(pathway.id()).orElseThrow();
        stored.edit(stored.name(), "Exit after the modules", false, List.of(plan, modules));
        pathways().update(stored);
        GraduationPathway edited = pathways().findById(pathway.id()).orElseThrow();
        assertThat(edited.criteria()).containsExactly(plan, modules);
        assertThat(edited.active()).isFalse();
        assertThat(edited.version()).isEqualTo(stored.version().next());
        assertThatThrownBy(() -> pathways().update(stored)).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void pathwayNamesAreUniqueIgnoringCase() {
        GraduationPathway twin = GraduationPathway.create(pathways().nextId(), pathway.name().toUpperCase(), "", true,
                List.of(new Criterion(pathways().nextCriterionId(), "Plan", new CriterionKind.StaffAssessed(), 1, true)));
        assertThatThrownBy(() -> pathways().add(twin)).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void theListHoldsWhoTookPartOrWasAssessedByName() {
        List<ReadinessRow> rows = readiness().list(request(ReadinessFilter.ALL), PageRequest.first(50));
        assertThat(ids(rows)).containsExactly(everyModule, excused, assessedOnly);
        assertThat(readiness().count(request(ReadinessFilter.ALL))).isEqualTo(3);
    }

    @Test
    void theWholeListWithoutASearchHoldsOnlyThePathwaysRegistrants() {
        ReadinessRequest everyone = new ReadinessRequest(pathway, Map.of(attendance.id(), CompliancePolicy.of(skills)),
                Map.of(modules.id(), skills), Map.of(), ReadinessFilter.ALL, "");
        List<ReadinessRow> rows = readiness().list(everyone, PageRequest.first(50));
        assertThat(rows).isEqualTo(readiness().list(request(ReadinessFilter.ALL), PageRequest.first(50)));
        assertThat(ids(readiness().list(everyone, new PageRequest(1, 1, List.of())))).containsExactly(excused);
        assertThat(readiness().count(everyone)).isEqualTo(3);
    }

    @Test
    void theOneExcusedFromModuleThreeIsCompliantButNotReady() {
        ReadinessRow ben = row(excused);
        List<CriterionState> states = ben.readiness().states();
        assertThat(states.get(0).met()).isFalse();
        assertThat(states.get(0).detail()).isEqualTo("3 of 4 topics; missing Module 3");
        assertThat(states.get(1).met()).isTrue();
        assertThat(states.get(1).detail()).startsWith("Compliant, 100.0% (3 of 3");
        assertThat(ben.readiness().ready()).isFalse();
        ReadinessRow ana = row(everyModule);
        assertThat(ana.readiness().ready()).isTrue();
        assertThat(ana.readiness().percent()).isEqualByComparingTo("75.0");
        ReadinessRow cora = row(assessedOnly);
        assertThat(cora.readiness().states().get(1).detail()).isEqualTo("No data");
        assertThat(cora.readiness().states().get(2).detail()).isEqualTo("Not met on 2026-06-01: Draft only");
    }

    @Test
    void theReadyFilterAgreesWithTheDomain() {
        assertThat(ids(readiness().list(request(ReadinessFilter.READY), PageRequest.first(50))))
                .containsExactly(everyModule);
        assertThat(ids(readiness().list(request(ReadinessFilter.NOT_READY), PageRequest.first(50))))
                .containsExactly(excused, assessedOnly);
        assertThat(readiness().count(request(ReadinessFilter.NOT_READY))).isEqualTo(2);
        List<ReadinessRow> exported = new ArrayList<>();
        readiness().forEach(request(ReadinessFilter.READY), exported::add);
        assertThat(ids(exported)).containsExactly(everyModule);
    }

    @Test
    void twoPeriodsOfOneTypeAreJudgedEachOnItsOwnRecords() {
        // Module 1's session is the first period; Dana came to Module 4's only, in the second
        RegistrantId dana = data.registrant("Dana " + tag, "North");
        data.record(moduleSessions.get(3), dana, AttendanceStatus.PRESENT, officer);
        Criterion firstWeek = new Criterion(pathways().nextCriterionId(), "First week",
                new CriterionKind.AttendanceCompliance(skills.id(), START, START), 1, true);
        Criterion laterWeeks = new Criterion(pathways().nextCriterionId(), "Later weeks",
                new CriterionKind.AttendanceCompliance(skills.id(), START.plusDays(1), START.plusMonths(3)), 1, false);
        GraduationPathway weeks = GraduationPathway.create(pathways().nextId(), data.unique("Weeks"), "", true,
                List.of(firstWeek, laterWeeks));
        pathways().add(weeks);
        Map<org.sessiontracking.domain.graduation.CriterionId, CompliancePolicy> policies = Map.of(
                firstWeek.id(), CompliancePolicy.of(skills), laterWeeks.id(), CompliancePolicy.of(skills));
        ReadinessRequest searched = new ReadinessRequest(weeks, policies, Map.of(), Map.of(), ReadinessFilter.ALL, tag);
        ReadinessRequest everyone = new ReadinessRequest(weeks, policies, Map.of(), Map.of(), ReadinessFilter.ALL, "");

        List<ReadinessRow> rows = exported(searched);
        assertThat(ids(rows)).containsExactly(everyModule, excused, dana);
        assertThat(readiness().list(searched, PageRequest.first(50))).isEqualTo(rows);
        assertThat(readiness().list(everyone, PageRequest.first(50))).isEqualTo(rows);
        assertThat(readiness().count(everyone)).isEqualTo(3);
        ReadinessRow danaRow = rows.getLast();
        assertThat(danaRow.readiness().states().get(0).detail()).isEqualTo("No data");
        assertThat(danaRow.readiness().states().get(1).detail()).startsWith("Compliant, 100.0% (1 of 1");
        assertThat(danaRow.readiness().percent()).isEqualByComparingTo("50.0");
        assertThat(rows.get(1).readiness().states().get(1).detail()).startsWith("Compliant, 100.0% (2 of 2");
        assertThat(rows.get(0).readiness().states().get(1).detail()).startsWith("Compliant, 100.0% (3 of 3");

        ReadinessRequest ready = new ReadinessRequest(weeks, policies, Map.of(), Map.of(), ReadinessFilter.READY, "");
        ReadinessRequest notReady = new ReadinessRequest(weeks, policies, Map.of(), Map.of(), ReadinessFilter.NOT_READY, "");
        assertThat(readiness().count(ready)).isEqualTo(2);
        assertThat(ids(readiness().list(ready, PageRequest.first(50)))).containsExactly(everyModule, excused);
        assertThat(ids(exported(notReady))).containsExactly(dana);
        assertThat(readiness().count(notReady)).isEqualTo(1);
    }

    @Test
    void aCorrectionAfterTheListWasReadIsInTheNextRead() {
        // every way of reading the list, once before the correction (a store may keep what it computed)
        assertThat(ids(exported(everyone(ReadinessFilter.READY)))).containsExactly(everyModule);
        assertThat(readiness().count(everyone(ReadinessFilter.READY))).isEqualTo(1);
        assertThat(ids(readiness().list(everyone(ReadinessFilter.READY), PageRequest.first(50))))
                .containsExactly(everyModule);
        assertThat(ids(readiness().list(request(ReadinessFilter.READY), PageRequest.first(50))))
                .containsExactly(everyModule);

        correctAna(1, AttendanceStatus.ABSENT);

        assertThat(exported(everyone(ReadinessFilter.READY))).isEmpty();
        assertThat(readiness().count(everyone(ReadinessFilter.READY))).isZero();
        assertThat(readiness().count(everyone(ReadinessFilter.NOT_READY))).isEqualTo(3);
        assertThat(readiness().list(everyone(ReadinessFilter.READY), PageRequest.first(50))).isEmpty();
        assertThat(readiness().list(request(ReadinessFilter.READY), PageRequest.first(50))).isEmpty();
        ReadinessRow ana = exported(everyone(ReadinessFilter.ALL)).stream()
                .filter(row -> row.registrant().equals(everyModule)).findFirst().orElseThrow();
        assertThat(ana.readiness().states().get(0).detail()).isEqualTo("3 of 4 topics; missing Module 2");
        assertThat(ana.readiness().states().get(1).detail()).startsWith("Non-compliant, 75.0% (3 of 4");
        assertThat(row(everyModule)).isEqualTo(ana);

        correctAna(1, AttendanceStatus.PRESENT);
        assertThat(ids(exported(everyone(ReadinessFilter.READY)))).containsExactly(everyModule);
        assertThat(readiness().count(request(ReadinessFilter.READY))).isEqualTo(1);
    }

    @Test
    void aSessionGivenAnotherTopicChangesWhatItsRegistrantsCovered() {
        assertThat(readiness().count(everyone(ReadinessFilter.READY))).isEqualTo(1);
        // Module 4's session becomes a second Module 1: nobody covered Module 4 any more
        SessionId last = moduleSessions.get(3);
        Session session = ports().sessions().findById(last).orElseThrow();
        session.edit(skills, session.plan().withTopic(skills.topics().getFirst().id()));
        ports().sessions().update(session);

        assertThat(readiness().count(everyone(ReadinessFilter.READY))).isZero();
        assertThat(exported(everyone(ReadinessFilter.READY))).isEmpty();
        assertThat(row(everyModule).readiness().states().get(0).detail()).isEqualTo("3 of 4 topics; missing Module 4");
    }

    @Test
    void anEnrolledTypesRegistrantsAreListedAndJudgedWithTheirMissingRecordsAsTheComplianceListJudgesThem() {
        SessionType fds = data.sessionType(data.unique("FDS"), 80, ExcusedPolicy.LEFT_OUT);
        String area = data.unique("Barangay");
        SessionId first = data.sessionIn(area, fds, START, org.sessiontracking.domain.session.SessionStatus.COMPLETED,
                officer);
        data.sessionIn(area, fds, START.plusDays(7), org.sessiontracking.domain.session.SessionStatus.COMPLETED, officer);
        RegistrantId dina = data.registrant("Dina " + tag, area);
        RegistrantId eli = data.registrant("Eli " + tag, area);
        data.record(first, eli, AttendanceStatus.PRESENT, officer);
        enrolments().add(org.sessiontracking.domain.enrolment.Enrolment.create(enrolments().nextId(), fds.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofAreas(List.of(area)), START, Optional.empty()),
                officer, NOW);
        Criterion fdsAttendance = new Criterion(pathways().nextCriterionId(), "FDS",
                new CriterionKind.AttendanceCompliance(fds.id(), START, START.plusMonths(1)), 1, true);
        GraduationPathway exit = GraduationPathway.create(pathways().nextId(), data.unique("4Ps exit"), "", true,
                List.of(fdsAttendance));
        pathways().add(exit);
        GraduationPathway stored = pathways().findById(exit.id()).orElseThrow();
        CompliancePolicy absent = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT, 3,
                org.sessiontracking.domain.sessiontype.MissingRecordPolicy.COUNTS_AS_ABSENT);
        ReadinessRequest searched = new ReadinessRequest(stored, Map.of(fdsAttendance.id(), absent), Map.of(), Map.of(),
                ReadinessFilter.ALL, tag);
        ReadinessRequest everyone = new ReadinessRequest(stored, Map.of(fdsAttendance.id(), absent), Map.of(),
                Map.of(), ReadinessFilter.ALL, "");

        for (ReadinessRequest request : List.of(searched, everyone)) {
            List<ReadinessRow> rows = readiness().list(request, PageRequest.first(50));
            assertThat(ids(rows)).as("Dina never came, and is on the list").containsExactly(dina, eli);
            assertThat(rows.get(0).readiness().states().getFirst().detail()).contains("0 of 2");
            assertThat(rows.get(1).readiness().states().getFirst().detail()).contains("1 of 2");
            assertThat(rows).noneMatch(row -> row.readiness().ready());
            assertThat(readiness().count(request)).isEqualTo(2);
            assertThat(ids(exported(request))).containsExactly(dina, eli);
        }
        assertThat(ids(readiness().list(everyone, new PageRequest(1, 1, List.of())))).containsExactly(eli);
        ReadinessRequest notReady = new ReadinessRequest(stored, Map.of(fdsAttendance.id(), absent), Map.of(),
                Map.of(), ReadinessFilter.NOT_READY, "");
        assertThat(ids(readiness().list(notReady, PageRequest.first(50)))).containsExactly(dina, eli);
        assertThat(readiness().of(everyone, List.of(eli))).singleElement()
                .satisfies(row -> assertThat(row.readiness().states().getFirst().detail()).contains("1 of 2"));
    }

    @Test
    void aLaterAssessmentReplacesTheEarlierOne() {
        records().saveAssessment(new Assessment(pathway.id(), plan.id(), assessedOnly, true, "Plan approved",
                LocalDate.of(2026, 6, 20), officer, NOW.plusSeconds(60)));
        CriterionState state = row(assessedOnly).readiness().states().get(2);
        assertThat(state.met()).isTrue();
        assertThat(state.detail()).isEqualTo("Met on 2026-06-20: Plan approved");
    }

    @Test
    void aRuleCriterionPassesForTheGivenRegistrants() {
        Criterion adult = new Criterion(pathways().nextCriterionId(), "Adult",
                new CriterionKind.RulePasses(new org.sessiontracking.domain.eligibility.EligibilityRuleId(1)), 1, true);
        GraduationPathway stored = pathways().findById(pathway.id()).orElseThrow();
        stored.edit(stored.name(), "", true, List.of(adult, plan));
        pathway = stored;
        ReadinessRequest request = request(ReadinessFilter.READY,
                Map.of(adult.id(), new RulePassing(new long[]{assessedOnly.value()})));
        // only the assessment puts Cora on this list; the rule alone brings nobody
        assertThat(ids(readiness().list(request, PageRequest.first(50)))).containsExactly(assessedOnly);
        assertThat(readiness().of(request, List.of(excused)).getFirst().readiness().states().getFirst().met()).isFalse();
    }

    @Test
    void aGraduationKeepsItsFrozenCriteriaAndIsRevokedNotDeleted() {
        ReadinessRow ana = row(everyModule);
        Graduation graduation = Graduation.graduate(records().nextGraduationId(), pathway.id(), everyModule,
                LocalDate.of(2026, 6, 30), ana.readiness(), "", officer, NOW);
        records().add(graduation);
        assertThat(ids(readiness().list(request(ReadinessFilter.GRADUATED), PageRequest.first(50))))
                .containsExactly(everyModule);
        assertThat(readiness().count(request(ReadinessFilter.READY))).isZero();
        assertThatThrownBy(() -> records().add(Graduation.graduate(records().nextGraduationId(), pathway.id(),
                everyModule, LocalDate.of(2026, 7, 1), ana.readiness(), "", officer, NOW)))
                .isInstanceOf(DuplicateException.class);

        Graduation stored = records().findById(graduation.id()).orElseThrow();
        assertThat(stored.criteria()).isEqualTo(ana.readiness().freeze());
        assertThat(stored.readinessPercent()).isEqualByComparingTo("75.0");
        assertThat(stored.recordedAt()).isEqualTo(NOW);
        stored.revoke(officer, NOW.plusSeconds(3600), "Recorded on the wrong pathway");
        records().update(stored);
        assertThatThrownBy(() -> records().update(stored)).isInstanceOf(ConcurrentModificationException.class);

        List<Graduation> history = records().of(pathway.id(), everyModule);
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().revocation().orElseThrow().reason()).isEqualTo("Recorded on the wrong pathway");
        assertThat(history.getFirst().version()).isEqualTo(Version.NEW.next());
        ReadinessRow again = row(everyModule);
        assertThat(again.graduation().orElseThrow().revoked()).isTrue();
        assertThat(ids(readiness().list(request(ReadinessFilter.READY), PageRequest.first(50))))
                .containsExactly(everyModule);
    }
}
