package org.sessiontracking.adapters.web.compliance;

import org.sessiontracking.application.compliance.Period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Names a month or quarter of a breakdown: "March 2026", "Q2 2026 (Apr–Jun)", or its dates when cut short. */
final class PeriodLabels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PeriodLabels() {
    }

    static String of(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean startsAMonth = from.getDayOfMonth() == 1;
        boolean endsAMonth = to.getDayOfMonth() == to.lengthOfMonth();
        if (startsAMonth && endsAMonth && from.withDayOfMonth(1).equals(to.withDayOfMonth(1))) {
            return MONTH.format(from);
        }
        if (startsAMonth && endsAMonth && (from.getMonthValue() - 1) % 3 == 0
                && from.plusMonths(2).withDayOfMonth(1).equals(to.withDayOfMonth(1))) {
            return "Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear() + " ("
                    + SHORT_MONTH.format(from) + "\u2013" + SHORT_MONTH.format(to) + ")";
        }
        return DAY.format(from) + " \u2013 " + DAY.format(to);
    }
}
