package org.sessiontracking.domain.sessiontype;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.common.Text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plain settings of a session type, each checked on construction.
 *
 * @param code               optional short code used in session titles (e.g. FDS); stored upper case
 * @param durationHours      expected length: positive, at most 24, at most two decimals (e.g. 1.5)
 * @param requiredAttendance whole percentage from 0 to 100
 * @param absenceWarning     how many absences in a row make the compliance screen warn about a registrant
 *                           (1 to {@value #MAX_ABSENCE_WARNING}; {@value #DEFAULT_ABSENCE_WARNING} unless set)
 * @param missingRecordPolicy how an enrolled registrant's held session without a record counts (default: listed
 *                           as No record, not counted)
 * @param householdRule      how a household's compliance follows from its members' ({@link HouseholdRule#DEFAULT}
 *                           unless set: see there why)
 */
public record SessionTypeDetails(String name, Optional<String> code, String description, Frequency frequency,
                                 BigDecimal durationHours, int requiredAttendance, ExcusedPolicy excusedPolicy,
                                 int absenceWarning, MissingRecordPolicy missingRecordPolicy,
                                 HouseholdRule householdRule) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_CODE_LENGTH = 12;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0," + (MAX_CODE_LENGTH - 1) + "}");
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    public static final int DEFAULT_ABSENCE_WARNING = 3;
    public static final int MAX_ABSENCE_WARNING = 50;

    public SessionTypeDetails {
        name = Text.required("name", "Name", name, MAX_NAME_LENGTH);
        code = normaliseCode(code);
        description = Text.optional("description", "Description", description, MAX_DESCRIPTION_LENGTH);
        if (frequency == null) {
            throw new InvalidValueException("frequency", "Frequency is required");
        }
        durationHours = checkDuration(durationHours);
        if (requiredAttendance < 0 || requiredAttendance > 100) {
            throw new InvalidValueException("requiredAttendance",
                    "Required attendance must be between 0 and 100, got " + requiredAttendance);
        }
        excusedPolicy = Objects.requireNonNullElse(excusedPolicy, ExcusedPolicy.LEFT_OUT);
        if (absenceWarning < 1 || absenceWarning > MAX_ABSENCE_WARNING) {
            throw new InvalidValueException("absenceWarning", "Absences in a row for a warning must be between 1 and "
                    + MAX_ABSENCE_WARNING + ", got " + absenceWarning);
        }
        missingRecordPolicy = Objects.requireNonNullElse(missingRecordPolicy, MissingRecordPolicy.LISTED_AS_NO_RECORD);
        householdRule = Objects.requireNonNullElse(householdRule, HouseholdRule.DEFAULT);
    }

    /** Settings with the default household rule ({@link HouseholdRule#DEFAULT}). */
    public SessionTypeDetails(String name, Optional<String> code, String description, Frequency frequency,
                              BigDecimal durationHours, int requiredAttendance, ExcusedPolicy excusedPolicy,
                              int absenceWarning, MissingRecordPolicy missingRecordPolicy) {
        this(name, code, description, frequency, durationHours, requiredAttendance, excusedPolicy, absenceWarning,
                missingRecordPolicy, HouseholdRule.DEFAULT);
    }

    /** Settings where missing records are listed as No record (the default). */
    public SessionTypeDetails(String name, Optional<String> code, String description, Frequency frequency,
                              BigDecimal durationHours, int requiredAttendance, ExcusedPolicy excusedPolicy,
                              int absenceWarning, HouseholdRule householdRule) {
        this(name, code, description, frequency, durationHours, requiredAttendance, excusedPolicy, absenceWarning,
                MissingRecordPolicy.LISTED_AS_NO_RECORD, householdRule);
    }

    /** Settings with both defaults: missing records listed as No record, {@link HouseholdRule#DEFAULT}. */
    public SessionTypeDetails(String name, Optional<String> code, String description, Frequency frequency,
                              BigDecimal durationHours, int requiredAttendance, ExcusedPolicy excusedPolicy,
                              int absenceWarning) {
        this(name, code, description, frequency, durationHours, requiredAttendance, excusedPolicy, absenceWarning,
                MissingRecordPolicy.LISTED_AS_NO_RECORD, HouseholdRule.DEFAULT);
    }

    /** Settings with the default warning after {@value #DEFAULT_ABSENCE_WARNING} absences in a row. */
    public SessionTypeDetails(String name, Optional<String> code, String description, Frequency frequency,
                              BigDecimal durationHours, int requiredAttendance, ExcusedPolicy excusedPolicy) {
        this(name, code, description, frequency, durationHours, requiredAttendance, excusedPolicy,
                DEFAULT_ABSENCE_WARNING);
    }

    private static Optional<String> normaliseCode(Optional<String> code) {
        String value = code == null ? "" : code.map(String::strip).orElse("").toUpperCase();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValueException("code",
                    "Code must be 1 to " + MAX_CODE_LENGTH + " letters, digits, '-' or '_', got '" + value + "'");
        }
        return Optional.of(value);
    }

    /**
     * Where these settings and another type's would be confused: eligibility rules and searches name a
     * type by its name or its code, so no name or code of one type may equal (ignoring case) a name or
     * code of another. A type's own name may equal its own code. The first clash found, name first.
     */
    public Optional<IdentifierClash> clashWith(SessionTypeDetails other) {
        String otherName = other.name();
        if (otherName.equalsIgnoreCase(name)) {
            return Optional.of(new IdentifierClash("name", "A session type named '" + otherName + "' already exists"));
        }
        Optional<String> otherCode = other.code();
        if (otherCode.filter(name::equalsIgnoreCase).isPresent()) {
            return Optional.of(new IdentifierClash("name", "'" + otherCode.get() + "' is the code of '" + otherName
                    + "': a name must differ from every other type's code, as rules may name a type by either"));
        }
        if (code.isPresent() && otherCode.filter(code.get()::equalsIgnoreCase).isPresent()) {
            return Optional.of(new IdentifierClash("code",
                    "Code '" + otherCode.get() + "' is already used by '" + otherName + "'"));
        }
        if (code.filter(otherName::equalsIgnoreCase).isPresent()) {
            return Optional.of(new IdentifierClash("code", "'" + otherName + "' is the name of another session type: "
                    + "a code must differ from every other type's name, as rules may name a type by either"));
        }
        return Optional.empty();
    }

    /** A name or code that another type already uses, with the field it is about and a message for the user. */
    public record IdentifierClash(String field, String message) {
    }

    private static BigDecimal checkDuration(BigDecimal hours) {
        if (hours == null) {
            throw new InvalidValueException("durationHours", "Duration is required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidValueException("durationHours",
                    "Duration must be more than 0 and at most 24 hours, got " + hours.toPlainString());
        }
        BigDecimal normalised = hours.stripTrailingZeros();
        if (normalised.scale() > 2) {
            throw new InvalidValueException("durationHours",
                    "Duration can have at most two decimals, got " + hours.toPlainString());
        }
        return normalised.scale() < 0 ? normalised.setScale(0) : normalised;
    }
}
