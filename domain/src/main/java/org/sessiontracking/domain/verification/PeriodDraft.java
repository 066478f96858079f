package org.sessiontracking.domain.verification;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;

import java.time.LocalDate;

/**
 * What defines a verification period: a name, the sessions' dates it covers (both ends included) and
 * the last day on which attendance may still be entered without being a late correction.
 */
public record PeriodDraft(String name, LocalDate from, LocalDate to, LocalDate deadline) {

    public static final int MAX_NAME_LENGTH = 100;

    public PeriodDraft {
        name = Text.required("name", "The period's name", name, MAX_NAME_LENGTH);
        if (from == null) {
            throw new InvalidValueException("from", "The period needs a first day");
        }
        if (to == null) {
            throw new InvalidValueException("to", "The period needs a last day");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "The period ends (" + to + ") before it starts (" + from + ")");
        }
        if (deadline == null) {
            throw new InvalidValueException("deadline", "The period needs a data-entry deadline");
        }
        if (deadline.isBefore(to)) {
            throw new InvalidValueException("deadline", "The data-entry deadline (" + deadline
                    + ") is before the period's last day (" + to + ")");
        }
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
