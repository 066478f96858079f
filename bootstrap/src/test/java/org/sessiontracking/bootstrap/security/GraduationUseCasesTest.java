package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.out.ComplianceFlagRepository;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.graduation.ReadinessFilter;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduateUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationHistoryUseCase;
import org.sessiontracking.application.graduation.port.in.GraduationReadinessUseCase;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase;
import org.sessiontracking.application.graduation.port.in.ManageGraduationPathwaysUseCase.CriterionDraft;
import org.sessiontracking.application.graduation.port.in.RecordAssessmentUseCase;
import org.sessiontracking.application.graduation.port.in.RevokeGraduationUseCase;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.application.registrant.port.out.RegistrantRepository;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.graduation.ModuleSessions;
import org.sessiontracking.application.support.StoragePorts;
import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.graduation.Criterion;
import org.sessiontracking.domain.graduation.CriterionKind;
import org.sessiontracking.domain.graduation.Graduation;
import org.sessiontracking.domain.graduation.GraduationPathway;
import org.sessiontracking.domain.graduation.GraduationPathwayId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The graduation use cases as wired (one transaction each, the server's permission checks) on the real
 * database: who may configure, assess, graduate and revoke; a batch with someone not ready and no reason
 * stores nothing; an eligibility rule (CEL) as a required criterion.
 */
class GraduationUseCasesTest extends ApplicationTest {

    @Autowired private SessionTypeRepository types;
    @Autowired private UserRepository users;
    @Autowired private RegistrantRepository registrants;
    @Autowired private RegistrantImportStore imports;
    @Autowired private SessionRepository sessions;
    @Autowired private AttendanceRepository attendance;
    @Autowired private ComplianceFlagRepository flags;
    @Autowired private ManageGraduationPathwaysUseCase pathways;
    @Autowired private GraduationReadinessUseCase readiness;
    @Autowired private RecordAssessmentUseCase assess;
    @Autowired private GraduateUseCase graduate;
    @Autowired private RevokeGraduationUseCase revoke;
    @Autowired private GraduationHistoryUseCase history;
    @Autowired private ManageEligibilityRulesUseCase rules;

    private StoredData data;
    private SessionType skills;
    private RegistrantId ana;
    private RegistrantId ben;
    private RegistrantId cora;
    private String tag;

    @BeforeEach
    void arrange() {
        data = new StoredData(new StoragePorts(types, users, registrants, imports, sessions, attendance, flags));
        tag = data.unique("G");
        UserId trainer = data.user("Trainer");
        skills = data.sessionType("Skills Training", 100, ExcusedPolicy.LEFT_OUT, List.of("Module 1", "Module 2"));
        ana = data.registrant("Ana " + tag, "North");
        ben = data.registrant("Ben " + tag, "North");
        cora = data.registrant("Cora " + tag, "North");
        ModuleSessions.held(data, skills, LocalDate.of(2026, 2, 2), trainer, List.of(ana, ben, cora), (who, module) ->
                who.equals(cora) && module.name().equals("Module 2") ? AttendanceStatus.ABSENT
                        : AttendanceStatus.PRESENT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(Role role) {
        SignedInAs.newUser(users, role, "g");
    }

    private ManageGraduationPathwaysUseCase.SaveCommand pathway(List<CriterionDraft> criteria) {
        return new ManageGraduationPathwaysUseCase.SaveCommand(Optional.empty(), Optional.empty(),
                "Skills exit " + tag, "", true, criteria);
    }

    private CriterionDraft modules() {
        return new CriterionDraft(Optional.empty(), "All modules", new CriterionKind.CurriculumCompleted(skills.id()), 2,
                true);
    }

    private CriterionDraft interview() {
        return new CriterionDraft(Optional.empty(), "Exit interview", new CriterionKind.StaffAssessed(), 1, false);
    }

    private List<RegistrantId> listed(GraduationPathwayId id, ReadinessFilter filter) {
        return readiness.list(id, filter, tag, PageRequest.first(50)).stream().map(ReadinessRow::registrant).toList();
    }

    @Test
    void administratorsAndManagersConfigureStaffAssessManagersGraduate() {
        signInAs(Role.STAFF);
        assertThatThrownBy(() -> pathways.save(pathway(List.of(modules())))).isInstanceOf(AccessDeniedException.class);
        signInAs(Role.MANAGER);
        GraduationPathwayId id = pathways.save(pathway(List.of(modules(), interview())));
        GraduationPathway saved = pathways.get(id).orElseThrow();
        Criterion interviewCriterion = saved.criteria().get(1);

        signInAs(Role.VIEWER);
        assertThat(listed(id, ReadinessFilter.READY)).containsExactly(ana, ben);
        assertThatThrownBy(() -> assess.record(new RecordAssessmentUseCase.Command(id, interviewCriterion.id(), cora,
                true, "", LocalDate.of(2026, 3, 1)))).isInstanceOf(AccessDeniedException.class);

        signInAs(Role.STAFF);
        assess.record(new RecordAssessmentUseCase.Command(id, interviewCriterion.id(), ana, true, "Confident",
                LocalDate.of(2026, 3, 1)));
        assertThatThrownBy(() -> assess.record(new RecordAssessmentUseCase.Command(id, saved.criteria().getFirst().id(),
                ana, true, "", LocalDate.of(2026, 3, 1)))).isInstanceOf(DomainException.class)
                .hasMessage("'All modules' is computed from the data; only assessed criteria are recorded by staff");
        assertThatThrownBy(() -> graduate.graduate(new GraduateUseCase.Command(id, List.of(ana),
                LocalDate.of(2026, 3, 31), ""))).isInstanceOf(AccessDeniedException.class);
        ReadinessRow anaRow = readiness.list(id, ReadinessFilter.ALL, tag, PageRequest.first(50)).getFirst();
        assertThat(anaRow.readiness().percent()).isEqualByComparingTo("100.0");

        signInAs(Role.MANAGER);
        assertThat(graduate.graduate(new GraduateUseCase.Command(id, List.of(ana, ben), LocalDate.of(2026, 3, 31), "")))
                .isEqualTo(2);
        assertThat(listed(id, ReadinessFilter.GRADUATED)).containsExactly(ana, ben);
        Graduation anas = history.history(id, ana).getFirst().graduation();
        assertThat(anas.criteria()).extracting(frozen -> frozen.detail())
                .containsExactly("2 of 2 topics", "Met on 2026-03-01: Confident");
        revoke.revoke(new RevokeGraduationUseCase.Command(anas.id(), anas.version(), "Wrong pathway"));
        assertThat(history.history(id, ana).getFirst().graduation().revoked()).isTrue();
        assertThat(listed(id, ReadinessFilter.GRADUATED)).containsExactly(ben);
    }

    @Test
    void aBatchWithSomeoneNotReadyAndNoReasonGraduatesNobody() {
        signInAs(Role.MANAGER);
        GraduationPathwayId id = pathways.save(pathway(List.of(modules())));
        assertThatThrownBy(() -> graduate.graduate(new GraduateUseCase.Command(id, List.of(ana, cora),
                LocalDate.of(2026, 3, 31), " "))).isInstanceOf(InvalidValueException.class)
                .hasMessage("Cora " + tag + " is not ready: give the reason for graduating anyway");
        assertThat(listed(id, ReadinessFilter.GRADUATED)).isEmpty();
        graduate.graduate(new GraduateUseCase.Command(id, List.of(ana, cora), LocalDate.of(2026, 3, 31),
                "Module 2 made up at the partner centre"));
        Graduation coras = history.history(id, cora).getFirst().graduation();
        assertThat(coras.wasReady()).isFalse();
        assertThat(coras.reason()).isEqualTo("Module 2 made up at the partner centre");
        assertThatThrownBy(() -> graduate.graduate(new GraduateUseCase.Command(id, List.of(ana),
                LocalDate.of(2026, 4, 1), ""))).hasMessage("Already graduated: Ana " + tag);
    }

    @Test
    void anEligibilityRuleIsARequiredCriterionEvaluatedForEveryone() {
        signInAs(Role.ADMINISTRATOR);
        var rule = rules.save(ManageEligibilityRulesUseCase.SaveCommand.create("Modules done " + tag,
                "topics_completed(\"" + skills.name() + "\")", ""));
        GraduationPathwayId id = pathways.save(pathway(List.of(
                new CriterionDraft(Optional.empty(), "Rule", new CriterionKind.RulePasses(rule), 1, true),
                new CriterionDraft(Optional.empty(), "Attendance", new CriterionKind.AttendanceCompliance(skills.id(),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), 1, false))));
        assertThat(listed(id, ReadinessFilter.READY)).containsExactly(ana, ben);
        assertThat(listed(id, ReadinessFilter.NOT_READY)).containsExactly(cora);
        ReadinessRow coraRow = readiness.list(id, ReadinessFilter.NOT_READY, tag, PageRequest.first(5)).getFirst();
        // the rule fails (0 x 1), attendance 1 of 2 at 100% scores 0.5: (0 + 0.5) / 2
        assertThat(coraRow.readiness().percent()).isEqualByComparingTo("25.0");
        assertThatThrownBy(() -> rules.delete(rule)).isInstanceOf(DomainException.class)
                .hasMessage("The graduation pathway 'Skills exit " + tag + "' uses this rule as a criterion: "
                        + "remove it there first");
        assertThat(rules.get(rule)).isPresent();
        assertThatThrownBy(() -> pathways.save(pathway(List.of(new CriterionDraft(Optional.empty(), "Meetings",
                new CriterionKind.CurriculumCompleted(types.findByCode("MEETING").orElseThrow().id()), 1, true)))))
                .hasMessage("'Meetings': Group Meeting does not track topics, so it has no curriculum");
    }
}
