package org.sessiontracking.adapters.web.compliance;

import org.sessiontracking.application.compliance.Period;

import java.time.LocalDate;
import java.util.Optional;

/** The periods offered on the compliance screens; Custom takes the dates typed by the user. */
enum PeriodPreset {
    THIS_MONTH("This month"),
    LAST_3_MONTHS("Last 3 months"),
    THIS_YEAR("This year"),
    CUSTOM("Custom");

    private final String label;

    PeriodPreset(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The preset's period on {@code today}; empty for Custom. "Last 3 months" is this month and the two before. */
    Optional<Period> on(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> Optional.of(new Period(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
            case LAST_3_MONTHS -> Optional.of(new Period(today.withDayOfMonth(1).minusMonths(2),
                    today.withDayOfMonth(today.lengthOfMonth())));
            case THIS_YEAR -> Optional.of(new Period(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())));
            case CUSTOM -> Optional.empty();
        };
    }
}
