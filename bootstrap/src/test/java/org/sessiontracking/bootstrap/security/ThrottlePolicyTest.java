package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlePolicyTest {

    private final ThrottlePolicy policy = ThrottlePolicy.PER_ACCOUNT;

    @Test
    void theFirstTwoFailuresCostNothingTheThirdOneSecond() {
        assertThat(policy.delayAfter(0)).isZero();
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(2)).isZero();
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToFiveMinutes() {
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofSeconds(256));
        assertThat(policy.delayAfter(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anAddressHasMoreRoomThanAnAccount() {
        assertThat(ThrottlePolicy.PER_ADDRESS.delayAfter(9)).isZero();
        assertThat(ThrottlePolicy.PER_ADDRESS.delayAfter(10)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresMustBeRememberedLongerThanTheLongestDelay() {
        assertThatThrownBy(() -> new ThrottlePolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
