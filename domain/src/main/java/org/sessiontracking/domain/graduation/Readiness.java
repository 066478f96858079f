package org.sessiontracking.domain.graduation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A registrant's readiness for graduation on a pathway: the weighted mean of the criteria's scores,
 * sum(score x weight) / sum(weight), and ready when every required criterion is met (whatever the
 * readiness: a required criterion not met keeps a registrant at 95% not ready; a pathway without a
 * required criterion is ready at 100% only, when every criterion is met).
 */
public record Readiness(List<CriterionState> states) {

    public Readiness {
        states = List.copyOf(Objects.requireNonNull(states, "states"));
    }

    /** Between 0 and 1; 0 for a pathway without criteria. */
    public double fraction() {
        long weights = states.stream().mapToLong(state -> state.criterion().weight()).sum();
        if (weights == 0) {
            return 0;
        }
        double weighted = states.stream().mapToDouble(state -> state.score() * state.criterion().weight()).sum();
        return Math.min(1, weighted / weights);
    }

    /** The readiness as a percentage with one decimal (rounded half up). */
    public BigDecimal percent() {
        return BigDecimal.valueOf(fraction() * 100).setScale(1, RoundingMode.HALF_UP);
    }

    public boolean ready() {
        if (states.isEmpty()) {
            return false;
        }
        boolean anyRequired = states.stream().anyMatch(state -> state.criterion().required());
        return anyRequired
                ? states.stream().filter(state -> state.criterion().required()).allMatch(CriterionState::met)
                : states.stream().allMatch(CriterionState::met);
    }

    /** The required criteria not met, in the pathway's order (what keeps the registrant from being ready). */
    public List<CriterionState> missingRequired() {
        return states.stream().filter(state -> state.criterion().required() && !state.met()).toList();
    }

    /** The criteria as they stand now, frozen into a graduation record. */
    public List<FrozenCriterion> freeze() {
        return states.stream().map(FrozenCriterion::of).toList();
    }
}
