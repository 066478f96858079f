package org.sessiontracking.adapters.web.compliance;

import org.sessiontracking.application.compliance.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The periods offered on the compliance screens; Custom takes the dates typed by the user, All time
 * (offered where a question makes sense without a period, such as curriculum completion) has no dates.
 */
enum PeriodPreset {
    ALL_TIME("All time"),
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

    /** The usual choice of the compliance screens: every preset but All time. */
    static final List<PeriodPreset> DATED = List.of(THIS_MONTH, LAST_3_MONTHS, THIS_YEAR, CUSTOM);

    /**
     * The preset's period on {@code today}; empty for Custom and All time. "Last 3 months" is this month
     * and the two before.
     */
    Optional<Period> on(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> Optional.of(new Period(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
            case LAST_3_MONTHS -> Optional.of(new Period(today.withDayOfMonth(1).minusMonths(2),
                    today.withDayOfMonth(today.lengthOfMonth())));
            case THIS_YEAR -> Optional.of(new Period(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear())));
            case CUSTOM, ALL_TIME -> Optional.empty();
        };
    }
}
