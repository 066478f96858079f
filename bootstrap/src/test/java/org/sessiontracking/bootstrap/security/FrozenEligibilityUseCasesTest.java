package org.sessiontracking.bootstrap.security;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.eligibility.Outcome;
import org.sessiontracking.application.eligibility.port.in.CheckEligibilityUseCase;
import org.sessiontracking.application.eligibility.port.in.ManageEligibilityRulesUseCase;
import org.sessiontracking.application.eligibility.port.in.PreviewEligibilityRuleUseCase;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.application.verification.port.in.CloseVerificationPeriodUseCase;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.verification.PeriodDraft;
import org.sessiontracking.domain.verification.VerificationPeriodId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility rules over a verification period that was closed read its frozen list (issue 12), through
 * the wired use cases on the real database: a correction made after the closing changes the live
 * result of any other period, not the closed period's.
 */
class FrozenEligibilityUseCasesTest extends ApplicationTest {

    @Autowired private DSLContext db;
    @Autowired private UserRepository users;
    @Autowired private DefineVerificationPeriodsUseCase periods;
    @Autowired private CloseVerificationPeriodUseCase close;
    @Autowired private ManageEligibilityRulesUseCase rules;
    @Autowired private CheckEligibilityUseCase eligibility;
    @Autowired private PreviewEligibilityRuleUseCase preview;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private User signInAs(Role role) {
        return SignedInAs.newUser(users, role, "fe");
    }

    @Test
    void aRuleOverAClosedPeriodReadsItsFrozenListAndAnyOtherPeriodTheLiveRecords() {
        User manager = signInAs(Role.ADMINISTRATOR);
        String code = "FE" + (System.nanoTime() % 100000);
        long type = db.resultQuery("insert into session_type (name, code, frequency, duration_hours, required_attendance, "
                + "topic_tracking, excused_policy, created_at, updated_at) values (?, ?, 'MONTHLY', 2, 80, false, "
                + "'LEFT_OUT', now(), now()) returning id", "Frozen eligibility " + code, code).fetchOne(0, Long.class);
        long session = db.resultQuery("insert into session (session_type_id, title, session_date, duration_hours, "
                + "facilitator_id, status, created_at, updated_at) values (?, 'March FDS', date '2026-03-05', 2, ?, "
                + "'COMPLETED', now(), now()) returning id", type, manager.id().value()).fetchOne(0, Long.class);
        long ana = db.resultQuery("insert into registrant (external_id, full_name, kind, area, created_at, updated_at) "
                + "values (?, 'Ana Frozen', 'INDIVIDUAL', 'North', now(), now()) returning id", "fe-" + code)
                .fetchOne(0, Long.class);
        db.execute("insert into attendance (session_id, registrant_id, status, recorded_by, recorded_at) "
                + "values (?, ?, 'ABSENT', ?, now())", session, ana, manager.id().value());
        VerificationPeriodId march = periods.define(new SessionTypeId(type), new PeriodDraft("March 2026",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 5)));
        assertThat(close.close(new CloseVerificationPeriodUseCase.Command(march, Set.of())))
                .isInstanceOf(CloseVerificationPeriodUseCase.Closed.class);
        // the record corrected after the closing (as an accepted late correction would be, before closing again)
        db.execute("update attendance set status = 'PRESENT' where session_id = ? and registrant_id = ?", session, ana);

        EligibilityRuleId closedPeriod = rules.save(ManageEligibilityRulesUseCase.SaveCommand.create("March " + code,
                "compliant(\"" + code + "\", \"2026-03-01\", \"2026-03-31\")", ""));
        EligibilityRuleId otherPeriod = rules.save(ManageEligibilityRulesUseCase.SaveCommand.create("Q1 " + code,
                "compliant(\"" + code + "\", \"2026-01-01\", \"2026-03-31\")", ""));
        assertThat(eligibility.isEligible(closedPeriod, new RegistrantId(ana))).as("the frozen list: absent")
                .isEqualTo(Outcome.FAIL);
        assertThat(eligibility.isEligible(otherPeriod, new RegistrantId(ana))).as("live: present")
                .isEqualTo(Outcome.PASS);
        assertThat(preview.page(preview.preview("compliant(\"" + code + "\", \"2026-03-01\", \"2026-03-31\")"),
                Outcome.Kind.FAIL, 0, 100_000)).extracting(line -> line.registrant().value()).contains(ana);
    }
}
