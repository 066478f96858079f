package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String OFFICE = "10.0.0.1";
    private static final String STRANGER = "203.0.113.9";

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);

    /** A sign-in with a wrong password: let through, and then found wrong. */
    private Duration wrongPassword(String username, String address) {
        Duration wait = throttle.attempt(username, address);
        if (wait.isZero()) {
            throttle.failed(address);
        }
        return wait;
    }

    @Test
    void afterThreeWrongPasswordsTheNextAttemptWaitsOneSecondEvenWithTheRightPassword() {
        assertThat(wrongPassword("ana", STRANGER)).isZero();
        assertThat(wrongPassword("ana", STRANGER)).isZero();
        assertThat(wrongPassword("ana", STRANGER)).isZero();

        assertThat(throttle.attempt("ana", OFFICE)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.attempt("ana", OFFICE)).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void afterTheDelayTheRightPasswordSignsInAndTheFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            wrongPassword("ana", STRANGER);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.attempt("ana", OFFICE)).isZero();
        throttle.succeeded("ana");

        assertThat(throttle.failures("ana", OFFICE).account()).isZero();
        assertThat(wrongPassword("ana", OFFICE)).isZero();
        assertThat(throttle.attempt("ana", OFFICE)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFiveMinutesButNeverLocksForGood() {
        for (int i = 0; i < 3; i++) {
            wrongPassword("ana", STRANGER);
        }
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expectedSeconds) {
            assertThat(throttle.attempt("ana", OFFICE)).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(wrongPassword("ana", STRANGER)).isZero();
        }
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.attempt("ana", OFFICE)).isZero();
    }

    @Test
    void attemptsRefusedDuringTheDelayDoNotMakeItLonger() {
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            wrongPassword("ana", STRANGER);
        }
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt("ana", STRANGER)).isPositive();
        }
        assertThat(throttle.failures("ana", STRANGER).account()).isEqualTo(4);
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.attempt("ana", OFFICE)).isZero();
    }

    @Test
    void attemptsUnderWayCountSoThatManySentAtOnceCannotSlipPastTheDelay() {
        assertThat(throttle.attempt("ana", STRANGER)).isZero();
        assertThat(throttle.attempt("ana", STRANGER)).isZero();
        assertThat(throttle.attempt("ana", STRANGER)).isZero();
        assertThat(throttle.attempt("ana", STRANGER)).isPositive();
    }

    @Test
    void aWholeOfficeSigningInAtOnceFromOneAddressIsNotSlowedDown() {
        for (int i = 0; i < 60; i++) {
            assertThat(throttle.attempt("staff" + i, OFFICE)).isZero();
        }
        for (int i = 0; i < 60; i++) {
            throttle.succeeded("staff" + i);
        }
        assertThat(throttle.failures("staff0", OFFICE)).isEqualTo(new SignInThrottle.Counts(0, 0));
        assertThat(throttle.attempt("late-comer", OFFICE)).isZero();
    }

    @Test
    void anAttemptThatFailedForAnotherReasonIsNotCounted() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt("ana", OFFICE)).isZero();
            throttle.notAFailure("ana");
        }
        assertThat(throttle.failures("ana", OFFICE)).isEqualTo(new SignInThrottle.Counts(0, 0));
    }

    @Test
    void oneAccountsFailuresDoNotDelayAnotherAccount() {
        for (int i = 0; i < 3; i++) {
            wrongPassword("ana", OFFICE);
        }
        assertThat(throttle.attempt("ben", OFFICE)).isZero();
    }

    @Test
    void usernamesDifferingOnlyInCaseShareTheirFailures() {
        wrongPassword("Ana", STRANGER);
        wrongPassword("ANA ", STRANGER);
        wrongPassword("ana", STRANGER);
        assertThat(throttle.attempt("aNa", OFFICE)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAddressTryingManyAccountsIsSlowedDownAfterTenFailures() {
        for (int i = 0; i < 10; i++) {
            assertThat(wrongPassword("user" + i, STRANGER)).isZero();
        }
        assertThat(throttle.attempt("someone-else", STRANGER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.attempt("someone-else", OFFICE)).isZero();
    }

    @Test
    void aSuccessFromAnAddressDoesNotClearItsFailuresForOtherAccounts() {
        for (int i = 0; i < 9; i++) {
            wrongPassword("user" + i, STRANGER);
        }
        throttle.attempt("mine", STRANGER);
        throttle.succeeded("mine");
        assertThat(throttle.failures("x", STRANGER).address()).isEqualTo(9);
        wrongPassword("user9", STRANGER);
        assertThat(throttle.attempt("user10", STRANGER)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresAreForgottenThirtyMinutesAfterTheLastOne() {
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(1));
            wrongPassword("ana", STRANGER);
        }
        clock.advance(Duration.ofMinutes(30));
        assertThat(throttle.failures("ana", STRANGER)).isEqualTo(new SignInThrottle.Counts(0, 0));
        assertThat(wrongPassword("ana", STRANGER)).isZero();
        assertThat(throttle.failures("ana", STRANGER).account()).isEqualTo(1);
    }
}
