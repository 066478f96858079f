package org.sessiontracking.application.eligibility;

import org.sessiontracking.application.compliance.Period;

import java.util.Locale;
import java.util.Objects;

/** One (session type as written in the rule, period) pair a rule asks about. */
public record FactKey(String typeName, Period period) {

    public FactKey {
        typeName = Objects.requireNonNull(typeName, "typeName").strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(period, "period");
    }
}
