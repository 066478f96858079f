package org.sessiontracking.domain.graduation;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraduationTest {

    private static final Criterion PLAN = new Criterion(new CriterionId(1), "Business plan",
            new CriterionKind.StaffAssessed(), 1, true);
    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final UserId MANAGER = new UserId(5);

    private static Readiness readiness(boolean met) {
        return new Readiness(List.of(met ? new CriterionState(PLAN, true, 1, "Met") : CriterionState.ofAssessment(PLAN,
                Optional.empty())));
    }

    private static Graduation graduate(boolean ready, String reason) {
        return Graduation.graduate(new GraduationId(1), new GraduationPathwayId(2), new RegistrantId(3),
                LocalDate.of(2026, 6, 30), readiness(ready), reason, MANAGER, NOW);
    }

    @Test
    void aGraduationKeepsTheCriteriaAsTheyStood() {
        Graduation graduation = graduate(true, "");
        assertThat(graduation.wasReady()).isTrue();
        assertThat(graduation.criteria()).containsExactly(new FrozenCriterion("Business plan", "Assessed by staff", 1,
                true, true, new java.math.BigDecimal("100.0"), "Met"));
        assertThat(graduation.readinessPercent()).isEqualByComparingTo("100.0");
        assertThat(graduation.recordedBy()).isEqualTo(MANAGER);
    }

    @Test
    void graduatingSomeoneNotReadyNeedsAReason() {
        assertThatThrownBy(() -> graduate(false, "  ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("A reason for graduating someone who is not ready is required");
        Graduation exception = graduate(false, "Completed the modules at another centre");
        assertThat(exception.wasReady()).isFalse();
        assertThat(exception.reason()).isEqualTo("Completed the modules at another centre");
        assertThat(exception.criteria().getFirst().met()).isFalse();
    }

    @Test
    void aRevokedGraduationStaysReadableWithItsReason() {
        Graduation graduation = graduate(true, "");
        assertThatThrownBy(() -> graduation.revoke(MANAGER, NOW, "")).isInstanceOf(InvalidValueException.class)
                .hasMessage("A reason for the revocation is required");
        graduation.revoke(MANAGER, NOW.plusSeconds(60), "Attendance records were corrected");
        assertThat(graduation.revoked()).isTrue();
        assertThat(graduation.revocation().orElseThrow().reason()).isEqualTo("Attendance records were corrected");
        assertThat(graduation.criteria()).hasSize(1);
        assertThatThrownBy(() -> graduation.revoke(MANAGER, NOW, "again")).isInstanceOf(DomainException.class)
                .hasMessage("This graduation was already revoked");
    }

    @Test
    void aPathwayNeedsANameAndCriteriaWithDistinctNames() {
        assertThatThrownBy(() -> GraduationPathway.create(new GraduationPathwayId(1), "Exit", "", true, List.of()))
                .hasMessage("A pathway needs at least one criterion");
        Criterion second = new Criterion(new CriterionId(2), "business PLAN",
                new CriterionKind.CurriculumCompleted(new SessionTypeId(1)), 1, false);
        assertThatThrownBy(() -> GraduationPathway.create(new GraduationPathwayId(1), "Exit", "", true,
                List.of(PLAN, second))).hasMessage("Two criteria are named 'business PLAN'");
        assertThatThrownBy(() -> GraduationPathway.create(new GraduationPathwayId(1), " ", "", true, List.of(PLAN)))
                .hasMessage("The pathway's name is required");
    }
}
