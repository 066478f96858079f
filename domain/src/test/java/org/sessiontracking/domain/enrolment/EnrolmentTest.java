package org.sessiontracking.domain.enrolment;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
    private static final RegistrantId ANA = new RegistrantId(7);
    private static final RegistrantId BEN = new RegistrantId(8);
    private static final RegistrantId HOUSEHOLD = new RegistrantId(100);

    private static Enrolment of(EnrolmentScope scope, Optional<LocalDate> to) {
        return Enrolment.create(new EnrolmentId(1), FDS, scope, JAN_1, to);
    }

    @Test
    void anAreaEnrolmentExpectsEveryoneOfTheAreaIgnoringCaseAndSpacesFromItsFirstDayOn() {
        Enrolment north = of(EnrolmentScope.ofAreas(List.of(" North ", "north", "East")), Optional.empty());

        assertThat(north.scope().areas()).containsExactly("North", "East");
        assertThat(north.covers(ANA, " NORTH", Optional.empty(), JAN_1)).isTrue();
        assertThat(north.covers(ANA, "North", Optional.empty(), LocalDate.of(2099, 1, 1))).as("open-ended").isTrue();
        assertThat(north.covers(ANA, "North", Optional.empty(), JAN_1.minusDays(1))).as("before it").isFalse();
        assertThat(north.covers(ANA, "South", Optional.empty(), JAN_1)).as("another area").isFalse();
        assertThat(north.covers(ANA, "", Optional.empty(), JAN_1)).as("no area").isFalse();
    }

    @Test
    void aHouseholdEnrolmentExpectsItsMembersAndAListEnrolmentItsRegistrants() {
        Enrolment household = of(EnrolmentScope.ofHouseholds(Set.of(HOUSEHOLD)), Optional.of(JUN_30));
        Enrolment listed = of(EnrolmentScope.ofRegistrants(Set.of(ANA)), Optional.of(JUN_30));

        assertThat(household.covers(BEN, "South", Optional.of(HOUSEHOLD), JUN_30)).isTrue();
        assertThat(household.covers(BEN, "South", Optional.of(HOUSEHOLD), JUN_30.plusDays(1))).as("after it").isFalse();
        assertThat(household.covers(BEN, "South", Optional.empty(), JAN_1)).as("no household").isFalse();
        assertThat(household.covers(HOUSEHOLD, "South", Optional.empty(), JAN_1)).as("the household itself").isFalse();
        assertThat(listed.covers(ANA, "anywhere", Optional.empty(), JAN_1)).isTrue();
        assertThat(listed.covers(BEN, "anywhere", Optional.empty(), JAN_1)).isFalse();
    }

    @Test
    void badInputIsRefusedWithAMessageNamingTheProblem() {
        assertThatThrownBy(() -> of(EnrolmentScope.ofAreas(List.of(" ")), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choose at least one area");
        assertThatThrownBy(() -> of(EnrolmentScope.ofRegistrants(Set.of(ANA)), Optional.of(JAN_1.minusDays(1))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("The last day (31 Dec 2025) is before the first (1 Jan 2026)");
        assertThatThrownBy(() -> new EnrolmentScope(List.of("North"), Set.of(HOUSEHOLD), Set.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("An enrolment covers areas, households or registrants: one of them");
        assertThatThrownBy(() -> Enrolment.create(new EnrolmentId(1), FDS, EnrolmentScope.ofRegistrants(Set.of(ANA)),
                null, Optional.empty())).isInstanceOf(InvalidValueException.class)
                .hasMessage("The first day is required");
    }

    @Test
    void endingSetsTheLastDayNeverBeforeTheFirstNorLaterThanAnExistingEnd() {
        Enrolment open = of(EnrolmentScope.ofRegistrants(Set.of(ANA)), Optional.empty());
        open.endOn(JUN_30);
        assertThat(open.to()).contains(JUN_30);
        assertThat(open.covers(ANA, "", Optional.empty(), JUN_30.plusDays(1))).isFalse();

        assertThatThrownBy(() -> open.endOn(JUN_30.plusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("already ends on 30 Jun 2026");
        assertThatThrownBy(() -> open.endOn(JAN_1.minusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot end before that");
    }

    @Test
    void overlapsAPeriodWhenTheyShareADay() {
        Enrolment open = of(EnrolmentScope.ofRegistrants(Set.of(ANA)), Optional.empty());
        Enrolment firstHalf = of(EnrolmentScope.ofRegistrants(Set.of(ANA)), Optional.of(JUN_30));

        assertThat(open.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 1))).isTrue();
        assertThat(firstHalf.overlaps(JUN_30, JUN_30.plusDays(5))).isTrue();
        assertThat(firstHalf.overlaps(JUN_30.plusDays(1), JUN_30.plusDays(5))).isFalse();
        assertThat(firstHalf.overlaps(JAN_1.minusDays(9), JAN_1.minusDays(1))).isFalse();
    }
}
