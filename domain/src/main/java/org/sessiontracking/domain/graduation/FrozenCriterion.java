package org.sessiontracking.domain.graduation;

import java.math.BigDecimal;
import java.util.Objects;

/** A criterion's state as it stood when a registrant graduated: kept in the record, never recomputed. */
public record FrozenCriterion(String label, String kind, int weight, boolean required, boolean met,
                              BigDecimal scorePercent, String detail) {

    public FrozenCriterion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scorePercent, "scorePercent");
        detail = detail == null ? "" : detail;
    }

    static FrozenCriterion of(CriterionState state) {
        Criterion criterion = state.criterion();
        return new FrozenCriterion(criterion.label(), criterion.kind().label(), criterion.weight(),
                criterion.required(), state.met(), state.scorePercent(), state.detail());
    }
}
