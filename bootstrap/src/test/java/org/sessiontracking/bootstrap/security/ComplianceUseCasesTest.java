package org.sessiontracking.bootstrap.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.FlagFilter;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.CurriculumCompletionUseCase;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.compliance.port.in.ListFlagsUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.ResolveFlagUseCase;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.RulePreview;
import org.sessiontracking.application.eligibility.port.in.CheckEligibilityUseCase;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Use case 1 of the guide through the wired use cases on the real database: FDS at 85%, monthly
 * sessions on topics, attendance; then compliance, flags, curriculum and an eligibility rule.
 */
class ComplianceUseCasesTest extends ApplicationTest {

    @Autowired private DSLContext db;
    @Autowired private UserRepository users;
    @Autowired private ComplianceListUseCase compliance;
    @Autowired private RegistrantComplianceUseCase registrantCompliance;
    @Autowired private CurriculumCompletionUseCase curriculum;
    @Autowired private FlagRegistrantUseCase flag;
    @Autowired private ResolveFlagUseCase resolve;
    @Autowired private ListFlagsUseCase flags;
    @Autowired private ManageEligibilityRulesUseCase rules;
    @Autowired private PreviewEligibilityRuleUseCase preview;
    @Autowired private CheckEligibilityUseCase eligibility;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private User signInAs(Role role) {
        return SignedInAs.newUser(users, role, "c");
    }

    private long registrant(String name) {
        return db.resultQuery("insert into registrant (external_id, full_name, kind, area, sex, birth_date, "
                + "created_at, updated_at) values (?, ?, 'INDIVIDUAL', 'Barangay 12', 'FEMALE', date '1990-01-01', "
                + "now(), now()) returning id", "cw-" + System.nanoTime(), name).fetchOne(0, Long.class);
    }

    @Test
    void fdsComplianceFlagsCurriculumAndAnEligibilityRuleOnTheRealDatabase() {
        User staff = signInAs(Role.STAFF);
        long fds = db.resultQuery("select id from session_type where code = 'FDS'").fetchOne(0, Long.class);
        List<Long> topics = db.resultQuery("select id from topic where session_type_id = ? and active order by position",
                fds).fetch(0, Long.class);
        long maria = registrant("Maria Compliant");
        long jose = registrant("Jose Absent");
        LocalDate first = LocalDate.of(2025, 1, 15);
        for (int month = 0; month < 5; month++) {
            long session = db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours,"
                            + " facilitator_id, topic_id, status, created_at, updated_at) values (?, 'FDS', ?, 2, ?, ?, "
                            + "'COMPLETED', now(), now()) returning id", fds, first.plusMonths(month),
                    staff.id().value(), topics.get(month % topics.size())).fetchOne(0, Long.class);
            db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) values "
                            + "(?, ?, 'PRESENT', ?, now()), (?, ?, ?, ?, now())", session, maria, staff.id().value(),
                    session, jose, month < 2 ? "PRESENT" : "ABSENT", staff.id().value());
        }
        ComplianceCriteria criteria = ComplianceCriteria.of(new SessionTypeId(fds),
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).withArea("barangay 12");
        List<ComplianceRow> rows = compliance.list(criteria, new PageRequest(0, 50,
                List.of(new PageRequest.SortOrder("rate", false))));
        assertThat(rows).extracting(ComplianceRow::name, ComplianceRow::status, ComplianceRow::rateText)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("Maria Compliant", ComplianceStatus.COMPLIANT, "100.0%"),
                        org.assertj.core.groups.Tuple.tuple("Jose Absent", ComplianceStatus.NON_COMPLIANT, "40.0%"));
        assertThat(curriculum.list(new SessionTypeId(fds), Optional.empty(), true, PageRequest.first(100)))
                .extracting(row -> row.registrant().value()).contains(maria).doesNotContain(jose);
        assertThat(registrantCompliance.get(new RegistrantId(jose), criteria.period()).perType())
                .singleElement().satisfies(type -> assertThat(type.compliance().status())
                        .isEqualTo(ComplianceStatus.NON_COMPLIANT));

        var flagId = flag.flag(new FlagRegistrantUseCase.Command(new RegistrantId(jose), new SessionTypeId(fds),
                FlagKind.FOLLOW_UP, "Home visit"));
        FlagFilter joseFlags = FlagFilter.OPEN.forRegistrant(new RegistrantId(jose));
        assertThat(flags.count(joseFlags)).isEqualTo(1);
        var stored = flags.list(joseFlags, PageRequest.first(10)).getFirst().flag();
        resolve.resolve(new ResolveFlagUseCase.Command(flagId, stored.version(), "Attends again"));
        assertThat(flags.count(joseFlags)).isZero();

        signInAs(Role.VIEWER);
        assertThat(compliance.count(criteria)).isEqualTo(2);
        assertThatThrownBy(() -> flag.flag(new FlagRegistrantUseCase.Command(new RegistrantId(jose),
                new SessionTypeId(fds), FlagKind.EXCLUDED, "Cash grant"))).isInstanceOf(AccessDeniedException.class);

        signInAs(Role.ADMINISTRATOR);
        String rule = "attendance_rate(\"FDS\", \"2025-01-01\", \"2025-12-31\") >= 0.8 && age >= 18";
        EligibilityRuleId id = rules.save(ManageEligibilityRulesUseCase.SaveCommand.create("Cash grant " + maria,
                rule, "Use case 3"));
        assertThat(eligibility.isEligible(id, new RegistrantId(maria))).isEqualTo(Outcome.PASS);
        assertThat(eligibility.isEligible(id, new RegistrantId(jose))).isEqualTo(Outcome.FAIL);
        RulePreview result = preview.preview(rule);
        assertThat(result.count(Outcome.Kind.PASS)).isGreaterThanOrEqualTo(1);
        assertThat(preview.page(result, Outcome.Kind.FAIL, 0, 1000)).extracting(line -> line.registrant().value())
                .contains(jose);
    }
}
