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
     * The preset's period on {@code today}; empty for Custom and All time. Every dated preset ends today
     * ("to date"): compliance is about sessions held, and the rest of the month or year is not held yet,
     * so a period into the future only counts what cannot have been attended. "This month" is from the
     * 1st, "Last 3 months" from the 1st of the month two months back (this month and the two before),
     * "This year" from 1 January; all of them up to and including today.
     */
    Optional<Period> on(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> Optional.of(new Period(today.withDayOfMonth(1), today));
            case LAST_3_MONTHS -> Optional.of(new Period(today.withDayOfMonth(1).minusMonths(2), today));
            case THIS_YEAR -> Optional.of(new Period(today.withDayOfYear(1), today));
            case CUSTOM, ALL_TIME -> Optional.empty();
        };
    }
}
