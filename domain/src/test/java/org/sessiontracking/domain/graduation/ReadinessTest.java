package org.sessiontracking.domain.graduation;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.CurriculumCompletion;
import org.sessiontracking.domain.eligibility.EligibilityRuleId;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.UserId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadinessTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final CompliancePolicy EIGHTY = new CompliancePolicy(80, ExcusedPolicy.LEFT_OUT);
    private static final List<Topic> MODULES = List.of(new Topic(new TopicId(1), "Module 1", true),
            new Topic(new TopicId(2), "Module 2", true), new Topic(new TopicId(3), "Module 3", true),
            new Topic(new TopicId(4), "Module 4", true));

    private static Criterion attendance(int weight, boolean required) {
        return new Criterion(new CriterionId(1), "FDS attendance", new CriterionKind.AttendanceCompliance(FDS,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), weight, required);
    }

    private static Criterion curriculum(int weight, boolean required) {
        return new Criterion(new CriterionId(2), "All modules", new CriterionKind.CurriculumCompleted(FDS), weight,
                required);
    }

    private static Criterion rule(int weight, boolean required) {
        return new Criterion(new CriterionId(3), "Adult", new CriterionKind.RulePasses(new EligibilityRuleId(9)),
                weight, required);
    }

    private static Criterion assessed(int weight, boolean required) {
        return new Criterion(new CriterionId(4), "Business plan", new CriterionKind.StaffAssessed(), weight, required);
    }

    private static Assessment assessment(boolean met) {
        return new Assessment(new GraduationPathwayId(1), new CriterionId(4), new RegistrantId(7), met, "Plan reviewed",
                LocalDate.of(2026, 6, 1), new UserId(2), Instant.parse("2026-06-01T10:00:00Z"));
    }

    @Test
    void readinessIsTheWeightedMeanOfTheScores() {
        // attendance 3 of 5 at 80%: 60 / 80 = 0.75 x weight 2; curriculum 2 of 4 = 0.5 x weight 1; assessed met 1 x 1
        Readiness readiness = new Readiness(List.of(
                CriterionState.ofCompliance(attendance(2, false), EIGHTY.evaluate(new AttendanceCounts(3, 2, 0))),
                CriterionState.ofCurriculum(curriculum(1, false), CurriculumCompletion.of(MODULES,
                        Set.of(new TopicId(1), new TopicId(2)))),
                CriterionState.ofAssessment(assessed(1, false), Optional.of(assessment(true)))));
        assertThat(readiness.fraction()).isEqualTo((0.75 * 2 + 0.5 + 1) / 4);
        assertThat(readiness.percent()).isEqualByComparingTo(new BigDecimal("75.0"));
    }

    @Test
    void readyWhenEveryRequiredCriterionIsMetWhateverTheOthers() {
        Readiness readiness = new Readiness(List.of(
                CriterionState.ofCurriculum(curriculum(1, true), CurriculumCompletion.of(MODULES,
                        Set.of(new TopicId(1), new TopicId(2), new TopicId(3), new TopicId(4)))),
                CriterionState.ofAssessment(assessed(5, false), Optional.empty())));
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.percent()).isEqualByComparingTo(new BigDecimal("16.7"));
    }

    @Test
    void aRequiredCriterionNotMetKeepsAHighReadinessNotReady() {
        Readiness readiness = new Readiness(List.of(
                CriterionState.ofCompliance(attendance(9, false), EIGHTY.evaluate(new AttendanceCounts(5, 0, 0))),
                CriterionState.ofCurriculum(curriculum(1, true), CurriculumCompletion.of(MODULES,
                        Set.of(new TopicId(1), new TopicId(2), new TopicId(4))))));
        assertThat(readiness.percent()).isEqualByComparingTo(new BigDecimal("97.5"));
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.missingRequired()).extracting(state -> state.criterion().label())
                .containsExactly("All modules");
        assertThat(readiness.missingRequired().getFirst().detail()).isEqualTo("3 of 4 topics; missing Module 3");
    }

    @Test
    void withoutARequiredCriterionEveryCriterionMustBeMet() {
        Readiness allButOne = new Readiness(List.of(CriterionState.ofRule(rule(1, false), true),
                CriterionState.ofAssessment(assessed(1, false), Optional.of(assessment(false)))));
        assertThat(allButOne.ready()).isFalse();
        assertThat(new Readiness(List.of(CriterionState.ofRule(rule(1, false), true))).ready()).isTrue();
    }

    @Test
    void anAttendanceScoreIsTheRateOverTheRequiredRateCappedAtOne() {
        assertThat(CriterionState.ofCompliance(attendance(1, true), EIGHTY.evaluate(new AttendanceCounts(2, 3, 0)))
                .score()).isEqualTo(0.5);
        CriterionState compliant = CriterionState.ofCompliance(attendance(1, true),
                EIGHTY.evaluate(new AttendanceCounts(4, 1, 0)));
        assertThat(compliant.met()).isTrue();
        assertThat(compliant.score()).isEqualTo(1);
        assertThat(compliant.detail()).isEqualTo("Compliant, 80.0% (4 of 5; 80% required)");
        CriterionState none = CriterionState.ofCompliance(attendance(1, true), EIGHTY.evaluate(AttendanceCounts.NONE));
        assertThat(none.met()).isFalse();
        assertThat(none.score()).isZero();
        assertThat(CriterionState.ofCompliance(attendance(1, true),
                new CompliancePolicy(0, ExcusedPolicy.LEFT_OUT).evaluate(AttendanceCounts.NONE)).met()).isTrue();
    }

    @Test
    void anExcusedAbsenceLeftOutOfComplianceIsStillAMissingModule() {
        // use case 2: excused from Module 3, Present at the other three: Compliant at 100%, curriculum not complete
        CriterionState attendance = CriterionState.ofCompliance(attendance(1, false),
                new CompliancePolicy(100, ExcusedPolicy.LEFT_OUT).evaluate(new AttendanceCounts(3, 0, 1)));
        CriterionState modules = CriterionState.ofCurriculum(curriculum(1, true), CurriculumCompletion.of(MODULES,
                Set.of(new TopicId(1), new TopicId(2), new TopicId(4))));
        Readiness readiness = new Readiness(List.of(attendance, modules));
        assertThat(attendance.met()).isTrue();
        assertThat(readiness.ready()).isFalse();
    }

    @Test
    void aRuleCriterionScoresOneWhenItPasses() {
        assertThat(CriterionState.ofRule(rule(3, true), true).score()).isEqualTo(1);
        assertThat(CriterionState.ofRule(rule(3, true), false).met()).isFalse();
        assertThat(CriterionState.ofRule(rule(3, true), false).score()).isZero();
    }

    @Test
    void anAssessedCriterionNotYetAssessedIsNotMet() {
        CriterionState notAssessed = CriterionState.ofAssessment(assessed(1, true), Optional.empty());
        assertThat(notAssessed.met()).isFalse();
        assertThat(notAssessed.detail()).isEqualTo("Not assessed");
        assertThat(CriterionState.ofAssessment(assessed(1, true), Optional.of(assessment(true))).detail())
                .isEqualTo("Met on 2026-06-01: Plan reviewed");
    }

    @Test
    void weightsArePositiveWholeNumbers() {
        assertThatThrownBy(() -> assessed(0, false)).isInstanceOf(InvalidValueException.class)
                .hasMessage("A criterion's weight must be between 1 and 100, got 0");
    }
}
