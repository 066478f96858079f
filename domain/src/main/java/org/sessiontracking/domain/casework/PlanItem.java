package org.sessiontracking.domain.casework;

import org.sessiontracking.domain.common.InvalidValueException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a case plan: a requirement and its due date. An item on a session type counts that type's
 * sessions from {@code startsOn} (when given, else the day the case was opened) to the due date, both
 * included; a start date means nothing for an item on one given session and is refused there.
 */
public record PlanItem(int number, PlanRequirement requirement, Optional<LocalDate> startsOn, LocalDate dueOn) {

    public PlanItem {
        if (number < 1) {
            throw new IllegalArgumentException("item numbers start at 1, got " + number);
        }
        Objects.requireNonNull(requirement, "requirement");
        startsOn = Objects.requireNonNullElse(startsOn, Optional.empty());
        if (dueOn == null) {
            throw new InvalidValueException("dueOn", "Each plan item needs a due date");
        }
        if (startsOn.isPresent() && requirement instanceof PlanRequirement.AttendSession) {
            throw new InvalidValueException("startsOn", "An item on one session has no start date");
        }
        if (startsOn.isPresent() && startsOn.get().isAfter(dueOn)) {
            throw new InvalidValueException("startsOn",
                    "The item starts (" + startsOn.get() + ") after it is due (" + dueOn + ")");
        }
    }

    /** The days whose sessions count for an item on a type: from its start (or the case's opening) to its due date. */
    public LocalDate windowStart(LocalDate caseOpenedOn) {
        return startsOn.orElse(caseOpenedOn);
    }
}
