package org.sessiontracking.bootstrap.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Response times per action and the failures, gathered from every person's thread. */
final class LoadFigures {

    static final List<String> ACTIONS = List.of("sign in", "open attendance page", "mark a row", "save",
            "open compliance page");

    private final Map<String, Queue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger recordsSaved = new AtomicInteger();

    /** Runs one action (request and the check of what came back), timing it and counting a failure. */
    <T> T timed(String action, Callable<T> call) throws Exception {
        long start = System.nanoTime();
        try {
            T result = call.call();
            nanos.computeIfAbsent(action, any -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
            return result;
        } catch (Exception failure) {
            failures.computeIfAbsent(action, any -> new AtomicInteger()).incrementAndGet();
            errors.add(action + ": " + failure);
            throw failure;
        }
    }

    void saved(int records) {
        recordsSaved.addAndGet(records);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    int count(String action) {
        Queue<Long> times = nanos.get(action);
        return times == null ? 0 : times.size();
    }

    String report(Duration duration, int people, int readers, int registrants, int editsPerSave, Duration think) {
        StringBuilder report = new StringBuilder();
        report.append(String.format("%nLoad over HTTP (loopback, Vaadin's own requests): %d staff saving attendance "
                        + "(%d registrants per session, %d changes per save) and %d viewers opening Compliance, "
                        + "for %s, %d ms between one person's actions; embedded PostgreSQL with fsync and synchronous commit on%n",
                people, registrants, editsPerSave, readers, duration, think.toMillis()));
        report.append(String.format("  %-22s %8s %7s %8s %8s %8s %8s %8s%n", "action", "count", "errors", "per s",
                "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (String action : ACTIONS) {
            List<Long> times = new ArrayList<>(nanos.getOrDefault(action, new ConcurrentLinkedQueue<>()));
            times.sort(null);
            int failed = failures.getOrDefault(action, new AtomicInteger()).get();
            report.append(String.format("  %-22s %8d %7d %8.1f %8s %8s %8s %8s%n", action, times.size(), failed,
                    times.size() / (double) duration.toSeconds(), millis(times, 0.50), millis(times, 0.95),
                    millis(times, 0.99), millis(times, 1.0)));
        }
        report.append(String.format("  records changed by the saves: %d; errors: %d%n", recordsSaved.get(), errors.size()));
        errors.stream().limit(10).forEach(error -> report.append("    ").append(error).append('\n'));
        return report.toString();
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1);
        return String.format("%.0f", sorted.get(index) / 1e6);
    }
}
