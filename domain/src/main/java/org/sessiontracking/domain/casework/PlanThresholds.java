package org.sessiontracking.domain.casework;

import org.sessiontracking.domain.common.InvalidValueException;

/**
 * Where a plan (or one of its items) turns from partial to compliant: the share of the required sessions
 * attended, in whole percent. Set per plan; by default 80% compliant and 50% partial.
 */
public record PlanThresholds(int compliantPercent, int partialPercent) {

    public static final PlanThresholds DEFAULT = new PlanThresholds(80, 50);

    public PlanThresholds {
        if (compliantPercent < 1 || compliantPercent > 100) {
            throw new InvalidValueException("compliantPercent",
                    "The compliant threshold must be between 1 and 100, got " + compliantPercent);
        }
        if (partialPercent < 0 || partialPercent > compliantPercent) {
            throw new InvalidValueException("partialPercent", "The partial threshold must be between 0 and the "
                    + "compliant threshold (" + compliantPercent + "), got " + partialPercent);
        }
    }

    /** {@code met} of {@code required} judged in exact integers, as the compliance rule compares. */
    ProgressState judge(int met, int required, boolean due) {
        if ((long) met * 100 >= (long) compliantPercent * required) {
            return ProgressState.COMPLIANT;
        }
        if (!due) {
            return ProgressState.IN_PROGRESS;
        }
        return (long) met * 100 >= (long) partialPercent * required
                ? ProgressState.PARTIAL : ProgressState.NON_COMPLIANT;
    }
}
