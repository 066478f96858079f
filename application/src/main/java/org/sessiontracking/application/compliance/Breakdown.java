package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.sessiontype.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a registrant's compliance with a type is broken down over a chosen range: by calendar month, or
 * by calendar quarter where the type's frequency is coarser than a month; a one-time type has no
 * breakdown (its single session is the whole story).
 */
public enum Breakdown {
    MONTH(1),
    QUARTER(3),
    NONE(0);

    private final int months;

    Breakdown(int months) {
        this.months = months;
    }

    public static Breakdown of(Frequency frequency) {
        return switch (Objects.requireNonNull(frequency, "frequency")) {
            case WEEKLY, BI_WEEKLY, MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case ONE_TIME -> NONE;
        };
    }

    /**
     * The calendar months (or quarters) that overlap {@code range}, in order, each cut to the range:
     * 15 March to 10 May by month gives 15-31 March, April, 1-10 May. Empty for {@link #NONE}.
     */
    public List<Period> periods(Period range) {
        List<Period> periods = new ArrayList<>();
        if (this == NONE) {
            return periods;
        }
        LocalDate start = startOfPeriodHolding(range.from());
        while (!start.isAfter(range.to())) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            periods.add(new Period(start.isBefore(range.from()) ? range.from() : start,
                    end.isAfter(range.to()) ? range.to() : end));
            start = start.plusMonths(months);
        }
        return periods;
    }

    private LocalDate startOfPeriodHolding(LocalDate date) {
        LocalDate month = date.withDayOfMonth(1);
        return month.minusMonths((month.getMonthValue() - 1) % months);
    }
}
