package org.sessiontracking.domain.exemption;

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

class ExemptionTest {

    private static final SessionTypeId FDS = new SessionTypeId(1);
    private static final SessionTypeId YOUTH = new SessionTypeId(2);
    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    private static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);
    private static final RegistrantId ANA = new RegistrantId(7);

    private static Exemption typhoonInNorth(Optional<SessionTypeId> type) {
        return Exemption.create(new ExemptionId(1), type, NOV_3, NOV_9,
                ExemptionScope.ofAreas(List.of(" North ", "north", "East")), "Typhoon emergency");
    }

    @Test
    void anAreaExemptionCoversEveryRegistrantOfTheAreaIgnoringCaseOnEachDayOfItsRangeForItsType() {
        Exemption exemption = typhoonInNorth(Optional.of(FDS));

        assertThat(exemption.scope().areas()).containsExactly("North", "East");
        assertThat(exemption.covers(ANA, "NORTH", FDS, NOV_3)).isTrue();
        assertThat(exemption.covers(ANA, "north", FDS, NOV_9)).isTrue();
        assertThat(exemption.covers(ANA, "North", FDS, NOV_9.plusDays(1))).as("after it").isFalse();
        assertThat(exemption.covers(ANA, "North", FDS, NOV_3.minusDays(1))).as("before it").isFalse();
        assertThat(exemption.covers(ANA, "South", FDS, NOV_3)).as("another area").isFalse();
        assertThat(exemption.covers(ANA, "", FDS, NOV_3)).as("no area").isFalse();
        assertThat(exemption.covers(ANA, "North", YOUTH, NOV_3)).as("another type").isFalse();
        assertThat(typhoonInNorth(Optional.empty()).covers(ANA, "North", YOUTH, NOV_3)).as("every type").isTrue();
    }

    @Test
    void aRegistrantExemptionCoversThoseRegistrantsWhateverTheirArea() {
        Exemption hospital = Exemption.create(new ExemptionId(2), Optional.empty(), NOV_3, NOV_3,
                ExemptionScope.ofRegistrants(Set.of(ANA)), "In hospital");

        assertThat(hospital.covers(ANA, "South", FDS, NOV_3)).isTrue();
        assertThat(hospital.covers(new RegistrantId(8), "South", FDS, NOV_3)).isFalse();
        assertThat(hospital.datesText()).isEqualTo("3 Nov 2026");
    }

    @Test
    void aBadExemptionIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> Exemption.create(new ExemptionId(1), Optional.empty(), NOV_9, NOV_3,
                ExemptionScope.ofAreas(List.of("North")), "Typhoon")).isInstanceOf(InvalidValueException.class)
                .hasMessage("The last day (3 Nov 2026) is before the first (9 Nov 2026)");
        assertThatThrownBy(() -> Exemption.create(new ExemptionId(1), Optional.empty(), NOV_3, NOV_9,
                ExemptionScope.ofAreas(List.of("North")), "  ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Reason");
        assertThatThrownBy(() -> ExemptionScope.ofAreas(List.of(" ", ""))).hasMessage("Choose at least one area");
        assertThatThrownBy(() -> ExemptionScope.ofRegistrants(Set.of())).hasMessage("Choose at least one registrant");
        assertThatThrownBy(() -> new ExemptionScope(List.of("North"), Set.of(ANA)))
                .hasMessage("An exemption covers areas or registrants, not both");
    }

    @Test
    void endingItEarlierLeavesTheLaterDaysCountingAgain() {
        Exemption exemption = typhoonInNorth(Optional.empty());

        exemption.endOn(LocalDate.of(2026, 11, 5));

        assertThat(exemption.covers(ANA, "North", FDS, LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(exemption.covers(ANA, "North", FDS, LocalDate.of(2026, 11, 6))).isFalse();
        assertThat(exemption.datesText()).isEqualTo("3\u20135 Nov 2026");
        assertThatThrownBy(() -> exemption.endOn(NOV_3.minusDays(1))).isInstanceOf(DomainException.class)
                .hasMessageContaining("cannot end before that");
        assertThatThrownBy(() -> exemption.endOn(NOV_9)).hasMessageContaining("already ends on 5 Nov 2026");
    }

    @Test
    void itOverlapsAPeriodWhenTheyShareADay() {
        Exemption exemption = typhoonInNorth(Optional.empty());
        assertThat(exemption.overlaps(NOV_9, NOV_9.plusDays(30))).isTrue();
        assertThat(exemption.overlaps(NOV_9.plusDays(1), NOV_9.plusDays(30))).isFalse();
        assertThat(exemption.overlaps(LocalDate.of(2026, 10, 1), NOV_3)).isTrue();
    }
}
