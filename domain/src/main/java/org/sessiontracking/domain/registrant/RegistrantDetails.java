package org.sessiontracking.domain.registrant;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the social registry says about a registrant, each value checked on construction.
 * The birth date is checked against today separately ({@link #requireBornBy(LocalDate)}),
 * because the domain has no clock.
 *
 * @param area where the registrant lives, e.g. a barangay; empty when unknown
 * @param sex  empty when unknown
 */
public record RegistrantDetails(String fullName, RegistrantKind kind, String area, Optional<Sex> sex,
                                Optional<LocalDate> birthDate) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_AREA_LENGTH = 100;
    /** Birth dates before this are typing errors, not registrants. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public RegistrantDetails {
        fullName = Text.required("fullName", "Full name", singleLine(fullName), MAX_NAME_LENGTH);
        if (kind == null) {
            throw new InvalidValueException("kind", "Kind is required (individual or household)");
        }
        area = Text.optional("area", "Area", area, MAX_AREA_LENGTH);
        sex = Objects.requireNonNullElse(sex, Optional.empty());
        birthDate = Objects.requireNonNullElse(birthDate, Optional.empty());
        birthDate.ifPresent(RegistrantDetails::requireNotTooEarly);
    }

    /**
     * Line breaks and runs of spaces in a name (a CSV cell may hold them) become one space: a name is
     * shown and edited on one line, and must not change when it is saved again from a form.
     */
    private static String singleLine(String name) {
        return name == null ? null : WHITESPACE.matcher(name.strip()).replaceAll(" ");
    }

    /** Refuses a birth date after {@code today}. */
    public RegistrantDetails requireBornBy(LocalDate today) {
        birthDate.ifPresent(date -> requireValidBirthDate(date, today));
        return this;
    }

    /** Both birth-date rules, for callers that check one value at a time (CSV import). */
    public static void requireValidBirthDate(LocalDate date, LocalDate today) {
        requireNotTooEarly(date);
        if (date.isAfter(today)) {
            throw new InvalidValueException("birthDate", "Birth date cannot be in the future, got " + date);
        }
    }

    private static void requireNotTooEarly(LocalDate date) {
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidValueException("birthDate",
                    "Birth date must be " + EARLIEST_BIRTH_DATE + " or later, got " + date);
        }
    }
}
