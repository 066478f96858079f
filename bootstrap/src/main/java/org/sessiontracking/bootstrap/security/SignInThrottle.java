package org.sessiontracking.bootstrap.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins per account and per address, in memory (a restart forgets them, and each
 * application instance counts its own). For its account an attempt is counted as a failure from the
 * moment it is let through until it turns out otherwise, so that many guesses at one account sent at
 * once cannot slip past the delay together. For its address only a wrong password counts: a whole
 * office behind one address signing in at eight in the morning is many attempts at once, none of them
 * failed. Attempts refused during a delay are not counted: they do not make the delay longer.
 */
public final class SignInThrottle {

    /** Above this many tracked accounts or addresses, those whose failures are forgotten are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    /** The failures counted so far, for the log. */
    public record Counts(int account, int address) {
    }

    private final Clock clock;
    private final ThrottlePolicy perAccount;
    private final ThrottlePolicy perAddress;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    public SignInThrottle(Clock clock, ThrottlePolicy perAccount, ThrottlePolicy perAddress) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /**
     * Lets a sign-in attempt through (zero, and it counts as a failure of the account until
     * {@link #succeeded} or {@link #notAFailure}) or says how long it must still wait.
     */
    public synchronized Duration attempt(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accounts.get(key(username)), perAccount, now),
                remaining(addresses.get(address), perAddress, now));
        if (!wait.isZero()) {
            return wait;
        }
        count(accounts, key(username), perAccount, now);
        return Duration.ZERO;
    }

    /**
     * How long an address must still wait, without counting anything: for API tokens, where only a
     * refused token counts (through {@link #failed}) and calls with a good one go through at once.
     */
    public synchronized Duration addressWait(String address) {
        return remaining(addresses.get(address), perAddress, clock.instant());
    }

    /** The attempt let through had a wrong password: it stays counted for its account and counts for its address. */
    public synchronized void failed(String address) {
        count(addresses, address, perAddress, clock.instant());
    }

    /** The attempt signed in: the account's failures are forgotten (not the address's, which are other accounts'). */
    public synchronized void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** The attempt failed for another reason than a wrong password (a deactivated account, an outage). */
    public synchronized void notAFailure(String username) {
        uncount(accounts, key(username));
    }

    public synchronized Counts failures(String username, String address) {
        Instant now = clock.instant();
        return new Counts(current(accounts.get(key(username)), perAccount, now),
                current(addresses.get(address), perAddress, now));
    }

    private static Duration remaining(Failures failures, ThrottlePolicy policy, Instant now) {
        if (current(failures, policy, now) == 0) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(policy.delayAfter(failures.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static int current(Failures failures, ThrottlePolicy policy, Instant now) {
        return failures == null || forgotten(failures, policy, now) ? 0 : failures.count();
    }

    private static boolean forgotten(Failures failures, ThrottlePolicy policy, Instant now) {
        return !now.isBefore(failures.last().plus(policy.forgetAfter()));
    }

    private static void count(Map<String, Failures> map, String key, ThrottlePolicy policy, Instant now) {
        if (map.size() > PRUNE_ABOVE) {
            map.values().removeIf(failures -> forgotten(failures, policy, now));
        }
        map.merge(key, new Failures(1, now), (old, one) -> new Failures(current(old, policy, now) + 1, now));
    }

    private static void uncount(Map<String, Failures> map, String key) {
        map.computeIfPresent(key, (k, failures) -> failures.count() <= 1 ? null
                : new Failures(failures.count() - 1, failures.last()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Usernames are compared ignoring case, so "Admin" and "admin" share their failures. */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
