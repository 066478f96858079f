package org.sessiontracking.domain.registrant;

import org.sessiontracking.domain.common.InvalidValueException;

import java.util.regex.Pattern;

/**
 * A registrant's id in the programme's social registry, e.g. {@code HH-2024-000123}. Unique among
 * registrants; the key by which CSV imports create or update them. Surrounding spaces are dropped;
 * the id is otherwise kept as given (ids differing only in case are different ids).
 */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]*");

    public ExternalId {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("externalId", "External id is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("externalId",
                    "External id must be at most " + MAX_LENGTH + " characters, got " + value.length());
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("externalId", "External id may contain only letters, digits and "
                    + "'-', '_', '.', '/', ':' and must start with a letter or digit, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
