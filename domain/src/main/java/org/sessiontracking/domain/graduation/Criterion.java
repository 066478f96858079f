package org.sessiontracking.domain.graduation;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;

import java.util.Objects;

/**
 * One criterion of a graduation pathway: what it is judged on, its weight in the readiness (a whole
 * number from 1 to 100) and whether a registrant must meet it to be ready.
 */
public record Criterion(CriterionId id, String label, CriterionKind kind, int weight, boolean required) {

    public static final int MAX_LABEL_LENGTH = 120;
    public static final int MAX_WEIGHT = 100;

    public Criterion {
        Objects.requireNonNull(id, "id");
        label = Text.required("label", "The criterion's name", label, MAX_LABEL_LENGTH);
        Objects.requireNonNull(kind, "kind");
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidValueException("weight",
                    "A criterion's weight must be between 1 and " + MAX_WEIGHT + ", got " + weight);
        }
    }
}
