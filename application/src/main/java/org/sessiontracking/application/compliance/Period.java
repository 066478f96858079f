package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.common.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of dates: sessions on {@code from} and on {@code to} both count. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new InvalidValueException("from", "The period needs a start date");
        }
        if (to == null) {
            throw new InvalidValueException("to", "The period needs an end date");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The twelve months up to and including today: the default period of eligibility rules. */
    public static Period lastTwelveMonths(Clock clock) {
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        return new Period(today.minusMonths(12).plusDays(1), today);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
