package org.sessiontracking.bootstrap.security;

import java.time.Duration;

/**
 * How long sign-in pauses after failed attempts: not at all for the first
 * {@code failuresBeforeDelay - 1} failures, then {@code firstDelay} after the
 * {@code failuresBeforeDelay}th, doubling with each further failure up to {@code maxDelay}. Failures
 * are forgotten {@code forgetAfter} after the last one. There is no lock: once the delay has passed,
 * the right password signs in again.
 */
public record ThrottlePolicy(int failuresBeforeDelay, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    /** Per account: 1 s after 3 failures, then 2, 4, 8 ... seconds, at most 5 minutes; forgotten after 30 minutes. */
    public static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30));
    /**
     * Per address: more room, as one office may sign in through one address, but an address that tries
     * many accounts is slowed down all the same (1 s after 10 failures, up to 5 minutes).
     */
    public static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30));

    public ThrottlePolicy {
        if (failuresBeforeDelay < 1) {
            throw new IllegalArgumentException("failuresBeforeDelay must be at least 1, got " + failuresBeforeDelay);
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
        if (forgetAfter.compareTo(maxDelay) <= 0) {
            throw new IllegalArgumentException("forgetAfter must be longer than maxDelay, got " + forgetAfter);
        }
    }

    /** The pause after {@code failures} failed attempts in a row. */
    public Duration delayAfter(int failures) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int doublings = failures - failuresBeforeDelay;
        if (doublings >= 40) {
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
