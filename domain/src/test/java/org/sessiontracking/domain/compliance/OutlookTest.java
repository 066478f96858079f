package org.sessiontracking.domain.compliance;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutlookTest {

    @Test
    void cannotReachWhenEvenAttendingEveryRemainingSessionLeavesThemBelowTheThreshold() {
        // 2 of 5 at 80%, 3 left: 5 of 8 = 62.5% at best
        assertThat(Outlook.of(2, 5, 3, 80)).contains(Outlook.CANNOT_REACH);
        // with nothing left the outlook is the status itself
        assertThat(Outlook.of(3, 5, 0, 80)).contains(Outlook.CANNOT_REACH);
        assertThat(Outlook.of(4, 5, 0, 80)).isEmpty();
    }

    @Test
    void atRiskWhenOnlyAttendingEveryRemainingSessionStillComplies() {
        // 4 of 5, 2 left: 6 of 7 = 85.7% if all attended, 5 of 7 = 71.4% after one more absence
        assertThat(Outlook.of(4, 5, 2, 80)).contains(Outlook.AT_RISK);
        // 4 of 4 and one left: 5 of 5, or 4 of 5 = exactly 80%, still compliant: no warning
        assertThat(Outlook.of(4, 4, 1, 80)).isEmpty();
        // the boundary is exact, as the rule's: 3 of 4 plus 1 left at 80%: 4 of 5 = 80% at best, 3 of 5 below
        assertThat(Outlook.of(3, 4, 1, 80)).contains(Outlook.AT_RISK);
    }

    @Test
    void nobodyIsWarnedWhenNothingIsRequiredAndNoDataIsNoWarningWithoutSessionsLeft() {
        assertThat(Outlook.of(0, 10, 5, 0)).isEmpty();
        assertThat(Outlook.of(0, 0, 0, 80)).isEmpty();
        // nothing counted yet, one session left: attending it complies, missing it does not
        assertThat(Outlook.of(0, 0, 1, 80)).contains(Outlook.AT_RISK);
    }

    @Test
    void theOutlookOfAPolicyUsesItsThresholdAndExcusedPolicy() {
        CompliancePolicy policy = new CompliancePolicy(75, org.sessiontracking.domain.sessiontype.ExcusedPolicy.COUNTS_AS_PRESENT, 3);
        Compliance compliance = policy.evaluate(new AttendanceCounts(1, 2, 1));   // 2 of 4
        assertThat(policy.outlook(compliance, 4)).isEqualTo(Optional.of(Outlook.AT_RISK)); // 6/8 = 75%, 5/8 below
        assertThat(policy.outlook(compliance, 2)).contains(Outlook.CANNOT_REACH);          // 4/6 at best
        assertThatThrownBy(() -> Outlook.of(1, 1, -1, 80)).isInstanceOf(IllegalArgumentException.class);
    }
}
