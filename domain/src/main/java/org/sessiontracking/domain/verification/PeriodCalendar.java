package org.sessiontracking.domain.verification;

import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The rules over a session type's periods together: they never overlap; a year of them can be generated. */
public final class PeriodCalendar {

    public static final int MAX_DEADLINE_DAYS = 90;

    private PeriodCalendar() {
    }

    /** Throws, naming the period in the way, when a draft overlaps one of the type's periods or another draft. */
    public static void requireNoOverlap(Collection<PeriodDraft> existing, List<PeriodDraft> drafts) {
        List<PeriodDraft> seen = new ArrayList<>(existing);
        for (PeriodDraft draft : drafts) {
            for (PeriodDraft other : seen) {
                if (draft.overlaps(other.from(), other.to())) {
                    throw new DomainException("from", "The period '" + draft.name() + "' (" + draft.from() + " to "
                            + draft.to() + ") overlaps the period '" + other.name() + "' (" + other.from() + " to "
                            + other.to() + "): the periods of a session type must not overlap");
                }
            }
            seen.add(draft);
        }
    }

    /**
     * The periods of a year, each of {@code months} months (1: monthly, 2: bimonthly, 3: quarterly), named
     * after their months ("March 2026", "January-February 2026"), with the deadline {@code deadlineDays}
     * days after each period's last day.
     */
    public static List<PeriodDraft> year(int year, int months, int deadlineDays) {
        if (months != 1 && months != 2 && months != 3) {
            throw new InvalidValueException("months", "Periods of 1, 2 or 3 months can be generated, not " + months);
        }
        if (deadlineDays < 0 || deadlineDays > MAX_DEADLINE_DAYS) {
            throw new InvalidValueException("deadlineDays", "The deadline must be 0 to " + MAX_DEADLINE_DAYS
                    + " days after a period's end, got " + deadlineDays);
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("year", "The year must be between 2000 and 2100, got " + year);
        }
        List<PeriodDraft> drafts = new ArrayList<>();
        for (int month = 1; month <= 12; month += months) {
            LocalDate from = LocalDate.of(year, month, 1);
            LocalDate to = from.plusMonths(months).minusDays(1);
            String name = months == 1 ? monthName(from) + " " + year
                    : monthName(from) + "-" + monthName(to) + " " + year;
            drafts.add(new PeriodDraft(name, from, to, to.plusDays(deadlineDays)));
        }
        return drafts;
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
