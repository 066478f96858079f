package org.sessiontracking.domain.casework;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSession;
import org.sessiontracking.domain.casework.PlanRequirement.AttendSessionsOfType;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.UserId;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 1, 10);
    private static final SessionTypeId FDS = new SessionTypeId(1);

    private final Case plan = Case.open(new CaseId(1), new RegistrantId(2), new UserId(3), Optional.empty(),
            new UserId(3), OPENED);

    @Test
    void aNewCaseIsOpenWithAnEmptyPlanAndTheDefaultThresholds() {
        assertThat(plan.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(plan.items()).isEmpty();
        assertThat(plan.thresholds()).isEqualTo(new PlanThresholds(80, 50));
    }

    @Test
    void itemsAreNumberedInTurnAndANumberIsNotReusedWhileAHigherOneExists() {
        plan.addItem(new AttendSessionsOfType(FDS, 4), Optional.empty(), OPENED.plusMonths(5));
        plan.addItem(new AttendSession(new SessionId(9)), Optional.empty(), OPENED);
        plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), OPENED);
        plan.removeItem(2);
        PlanItem added = plan.addItem(new AttendSessionsOfType(FDS, 2), Optional.empty(), OPENED);

        assertThat(added.number()).isEqualTo(4);
        assertThat(plan.items()).extracting(PlanItem::number).containsExactly(1, 3, 4);
    }

    @Test
    void anItemIsNotDueBeforeTheCaseWasOpenedNorStartsAfterItsDueDate() {
        assertThatThrownBy(() -> plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), OPENED.minusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("before the case was opened");
        assertThatThrownBy(() -> plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.of(OPENED.plusDays(2)),
                OPENED.plusDays(1))).isInstanceOf(InvalidValueException.class).hasMessageContaining("after it is due");
        assertThatThrownBy(() -> new AttendSessionsOfType(FDS, 0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> plan.addItem(new AttendSession(new SessionId(1)), Optional.of(OPENED), OPENED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no start date");
        assertThat(plan.items()).isEmpty();
    }

    @Test
    void editingOrRemovingAnItemThatIsGoneSaysSo() {
        assertThatThrownBy(() -> plan.removeItem(5)).isInstanceOf(DomainException.class).hasMessageContaining("no item 5");
    }

    @Test
    void thresholdsAreWholePercentagesWithPartialNotAboveCompliant() {
        assertThatThrownBy(() -> new PlanThresholds(70, 75)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PlanThresholds(101, 50)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PlanThresholds(0, 0)).isInstanceOf(InvalidValueException.class);
        assertThat(new PlanThresholds(100, 0).partialPercent()).isZero();
    }

    @Test
    void closingNeedsANoteAndIsFinal() {
        assertThatThrownBy(() -> plan.close(new UserId(3), OPENED, " ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("closing note");
        assertThat(plan.status()).isEqualTo(CaseStatus.OPEN);

        plan.close(new UserId(3), OPENED.plusDays(3), "Attends again");

        assertThat(plan.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(plan.closure().orElseThrow().note()).isEqualTo("Attends again");
        assertThatThrownBy(() -> plan.addItem(new AttendSessionsOfType(FDS, 1), Optional.empty(), OPENED))
                .isInstanceOf(DomainException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> plan.close(new UserId(3), OPENED, "again")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> plan.assign(new UserId(5))).isInstanceOf(DomainException.class);
    }
}
