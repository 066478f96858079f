package org.sessiontracking.application.eligibility;

import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a rule for every registrant, kept compactly (an id and one byte each; messages only
 * for errors) so that a national-scale preview fits in memory and its lists can be paged.
 */
public final class RulePreview {

    private long[] ids = new long[1024];
    private byte[] outcomes = new byte[1024];
    private final Map<Integer, String> errors = new HashMap<>();
    private final int[] totals = new int[Outcome.Kind.values().length];
    private int size;

    public void add(RegistrantId registrant, Outcome outcome) {
        if (size == ids.length) {
            ids = java.util.Arrays.copyOf(ids, size * 2);
            outcomes = java.util.Arrays.copyOf(outcomes, size * 2);
        }
        ids[size] = registrant.value();
        outcomes[size] = (byte) outcome.kind().ordinal();
        if (outcome instanceof Outcome.Error error) {
            errors.put(size, error.message());
        }
        totals[outcome.kind().ordinal()]++;
        size++;
    }

    public int total() {
        return size;
    }

    public int count(Outcome.Kind kind) {
        return totals[kind.ordinal()];
    }

    /**
     * A warning when the rule could be evaluated for none of the registrants: such a rule selects
     * nobody, and is most likely wrong (an overflow, a field no one has, a type without sessions).
     */
    public Optional<String> warning() {
        if (size == 0 || count(Outcome.Kind.ERROR) < size) {
            return Optional.empty();
        }
        return Optional.of(noneEvaluated("Every registrant could not be evaluated", errors.getOrDefault(0, "")));
    }

    /** The warning for a rule that could be evaluated for nobody (as {@code whoFailed} says), quoting the first error. */
    public static String noneEvaluated(String whoFailed, String firstError) {
        return whoFailed + ": the rule probably always fails, e.g. an overflow. First error: " + firstError;
    }

    /** One evaluated registrant of a page. */
    public record Entry(RegistrantId registrant, Outcome.Kind kind, String error) {
    }

    /** The {@code offset}-th to {@code offset + limit - 1}-th registrants with that outcome, in id order. */
    public List<Entry> page(Outcome.Kind kind, int offset, int limit) {
        List<Entry> page = new ArrayList<>(Math.min(limit, 1000));
        int seen = 0;
        for (int i = 0; i < size && page.size() < limit; i++) {
            if (outcomes[i] == kind.ordinal()) {
                if (seen++ >= offset) {
                    page.add(new Entry(new RegistrantId(ids[i]), kind, errors.getOrDefault(i, "")));
                }
            }
        }
        return page;
    }
}
