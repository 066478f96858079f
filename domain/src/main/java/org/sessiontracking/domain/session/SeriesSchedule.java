package org.sessiontracking.domain.session;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A series of sessions from a type's frequency: a start date, then either an end date (inclusive)
 * or a number of sessions. Weekly adds 7 days, bi-weekly 14; monthly keeps the start's day of month
 * (the 31st falls on the last day of shorter months, and returns to the 31st after them), quarterly
 * adds three months the same way; a one-time type gets exactly one session.
 *
 * @param endDate the last possible date, or empty when a count is given
 * @param count   how many sessions, or empty when an end date is given
 */
public record SeriesSchedule(LocalDate startDate, Optional<LocalDate> endDate, Optional<Integer> count) {

    /** A series longer than this is almost certainly a typing mistake (and would flood the grid). */
    public static final int MAX_SESSIONS = 200;

    public SeriesSchedule {
        if (startDate == null) {
            throw new InvalidValueException("startDate", "Start date is required");
        }
        endDate = Objects.requireNonNullElse(endDate, Optional.empty());
        count = Objects.requireNonNullElse(count, Optional.empty());
        if (endDate.isPresent() == count.isPresent()) {
            throw new InvalidValueException("endDate", "Give either an end date or a number of sessions");
        }
        if (endDate.isPresent() && endDate.get().isBefore(startDate)) {
            throw new InvalidValueException("endDate",
                    "End date must not be before the start date (" + startDate + "), got " + endDate.get());
        }
        if (count.isPresent() && (count.get() < 1 || count.get() > MAX_SESSIONS)) {
            throw new InvalidValueException("count",
                    "Number of sessions must be between 1 and " + MAX_SESSIONS + ", got " + count.get());
        }
    }

    public static SeriesSchedule until(LocalDate startDate, LocalDate endDate) {
        return new SeriesSchedule(startDate, Optional.ofNullable(endDate), Optional.empty());
    }

    public static SeriesSchedule times(LocalDate startDate, int count) {
        return new SeriesSchedule(startDate, Optional.empty(), Optional.of(count));
    }

    /** The session dates of this series for the frequency, in order. */
    public List<LocalDate> dates(Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency == Frequency.ONE_TIME) {
            return List.of(startDate);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int n = 0; ; n++) {
            LocalDate date = nth(frequency, n);
            if (count.isPresent() ? n >= count.get() : date.isAfter(endDate.orElseThrow())) {
                return List.copyOf(dates);
            }
            if (dates.size() == MAX_SESSIONS) {
                throw new InvalidValueException("endDate", "A series can have at most " + MAX_SESSIONS
                        + " sessions; " + frequency.label().toLowerCase() + " from " + startDate + " to "
                        + endDate.orElseThrow() + " gives more. Choose an earlier end date.");
            }
            dates.add(date);
        }
    }

    /** Computed from the start each time, so that a month-end start stays anchored (Jan 31, Feb 28, Mar 31). */
    private LocalDate nth(Frequency frequency, int n) {
        return switch (frequency) {
            case WEEKLY -> startDate.plusWeeks(n);
            case BI_WEEKLY -> startDate.plusWeeks(2L * n);
            case MONTHLY -> startDate.plusMonths(n);
            case QUARTERLY -> startDate.plusMonths(3L * n);
            case ONE_TIME -> startDate;
        };
    }
}
