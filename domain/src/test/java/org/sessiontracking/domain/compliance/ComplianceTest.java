package org.sessiontracking.domain.compliance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessiontracking.domain.compliance.ComplianceStatus.COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NON_COMPLIANT;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NOT_REQUIRED;
import static org.sessiontracking.domain.compliance.ComplianceStatus.NO_DATA;
import static org.sessiontracking.domain.sessiontype.ExcusedPolicy.COUNTS_AS_ABSENT;
import static org.sessiontracking.domain.sessiontype.ExcusedPolicy.COUNTS_AS_PRESENT;
import static org.sessiontracking.domain.sessiontype.ExcusedPolicy.LEFT_OUT;

class ComplianceTest {

    private static Compliance evaluate(int required, ExcusedPolicy policy, int p, int a, int e) {
        return new CompliancePolicy(required, policy).evaluate(new AttendanceCounts(p, a, e));
    }

    @Test
    void fourOfFiveAtEightyPercentIsCompliantByExactIntegerComparison() {
        Compliance compliance = evaluate(80, LEFT_OUT, 4, 1, 0);
        assertThat(compliance.attended()).isEqualTo(4);
        assertThat(compliance.counted()).isEqualTo(5);
        assertThat(compliance.status()).isEqualTo(COMPLIANT);
        assertThat(compliance.rateText()).isEqualTo("80.0%");
    }

    @Test
    void threeOfFiveAtEightyPercentIsNonCompliant() {
        assertThat(evaluate(80, LEFT_OUT, 3, 2, 0).status()).isEqualTo(NON_COMPLIANT);
    }

    @Test
    void justBelowTheRequirementIsNonCompliantEvenWhenTheRoundedRateLooksEqual() {
        // 849/1000 = 84.9% < 85%; 5 of 6 = 83.3% < 85%
        assertThat(evaluate(85, LEFT_OUT, 849, 151, 0).status()).isEqualTo(NON_COMPLIANT);
        assertThat(evaluate(85, LEFT_OUT, 5, 1, 0).status()).isEqualTo(NON_COMPLIANT);
        assertThat(evaluate(85, LEFT_OUT, 17, 3, 0).status()).isEqualTo(COMPLIANT);
    }

    @Test
    void twoThirdsIsNotSixtySevenPercent() {
        // 2/3 = 66.66..%: rounding the rate first would wrongly make it compliant at 67%
        Compliance compliance = evaluate(67, LEFT_OUT, 2, 1, 0);
        assertThat(compliance.rateText()).isEqualTo("66.7%");
        assertThat(compliance.status()).isEqualTo(NON_COMPLIANT);
        assertThat(evaluate(66, LEFT_OUT, 2, 1, 0).status()).isEqualTo(COMPLIANT);
    }

    @Test
    void excusedAbsenceIsLeftOutOfTheDenominatorByDefault() {
        Compliance compliance = evaluate(80, LEFT_OUT, 4, 1, 3);
        assertThat(compliance.attended()).isEqualTo(4);
        assertThat(compliance.counted()).isEqualTo(5);
        assertThat(compliance.status()).isEqualTo(COMPLIANT);
        assertThat(new CompliancePolicy(80, null).excusedPolicy()).isEqualTo(LEFT_OUT);
    }

    @Test
    void excusedCountsAsPresentWhenThePolicySaysSo() {
        Compliance compliance = evaluate(80, COUNTS_AS_PRESENT, 3, 1, 1);
        assertThat(compliance.attended()).isEqualTo(4);
        assertThat(compliance.counted()).isEqualTo(5);
        assertThat(compliance.status()).isEqualTo(COMPLIANT);
    }

    @Test
    void excusedCountsAsAbsentWhenThePolicySaysSo() {
        Compliance compliance = evaluate(80, COUNTS_AS_ABSENT, 4, 0, 1);
        assertThat(compliance.attended()).isEqualTo(4);
        assertThat(compliance.counted()).isEqualTo(5);
        assertThat(compliance.status()).isEqualTo(COMPLIANT);
        assertThat(evaluate(80, COUNTS_AS_ABSENT, 3, 0, 2).status()).isEqualTo(NON_COMPLIANT);
    }

    @Test
    void onlyExcusedRecordsAreNoDataWhenLeftOutButCountWithTheOtherPolicies() {
        assertThat(evaluate(80, LEFT_OUT, 0, 0, 2).status()).isEqualTo(NO_DATA);
        assertThat(evaluate(80, COUNTS_AS_PRESENT, 0, 0, 2).status()).isEqualTo(COMPLIANT);
        assertThat(evaluate(80, COUNTS_AS_ABSENT, 0, 0, 2).status()).isEqualTo(NON_COMPLIANT);
    }

    @Test
    void noCountedSessionIsNoDataWithNoRate() {
        Compliance compliance = evaluate(80, LEFT_OUT, 0, 0, 0);
        assertThat(compliance.status()).isEqualTo(NO_DATA);
        assertThat(compliance.rate()).isEmpty();
        assertThat(compliance.ratePercent()).isEmpty();
        assertThat(compliance.rateText()).isEqualTo("\u2013");
    }

    @Test
    void zeroPercentRequiredIsNotRequiredEvenWithNoDataOrNoAttendance() {
        assertThat(evaluate(0, LEFT_OUT, 0, 5, 0).status()).isEqualTo(NOT_REQUIRED);
        assertThat(evaluate(0, LEFT_OUT, 5, 0, 0).status()).isEqualTo(NOT_REQUIRED);
        assertThat(evaluate(0, LEFT_OUT, 0, 0, 0).status()).isEqualTo(NOT_REQUIRED);
    }

    @Test
    void hundredPercentRequiresEverySession() {
        assertThat(evaluate(100, LEFT_OUT, 12, 0, 0).status()).isEqualTo(COMPLIANT);
        assertThat(evaluate(100, LEFT_OUT, 11, 1, 0).status()).isEqualTo(NON_COMPLIANT);
        assertThat(evaluate(100, LEFT_OUT, 12, 0, 4).status()).isEqualTo(COMPLIANT);
        assertThat(evaluate(100, COUNTS_AS_ABSENT, 12, 0, 1).status()).isEqualTo(NON_COMPLIANT);
    }

    @Test
    void nothingAttendedIsNonCompliantAndZeroPercent() {
        Compliance compliance = evaluate(1, LEFT_OUT, 0, 3, 0);
        assertThat(compliance.status()).isEqualTo(NON_COMPLIANT);
        assertThat(compliance.ratePercent()).contains(new BigDecimal("0.0"));
        assertThat(compliance.rate()).hasValue(0.0);
    }

    @Test
    void rateIsShownWithOneDecimalRoundedHalfUp() {
        assertThat(Compliance.rateText(1, 8)).isEqualTo("12.5%");
        assertThat(Compliance.rateText(1, 16)).isEqualTo("6.3%");
        assertThat(Compliance.rateText(5, 5)).isEqualTo("100.0%");
    }

    @Test
    void largeCountsDoNotOverflowTheComparison() {
        assertThat(Compliance.status(Integer.MAX_VALUE, Integer.MAX_VALUE, 100)).isEqualTo(COMPLIANT);
    }

    @Test
    void requiredPercentOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> new CompliancePolicy(101, LEFT_OUT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Required attendance must be between 0 and 100, got 101");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new AttendanceCounts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
