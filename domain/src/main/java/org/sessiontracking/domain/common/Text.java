package org.sessiontracking.domain.common;

/** Checks and normalises the free-text inputs of the domain. */
public final class Text {

    private Text() {
    }

    /** Trims the value and requires it to be non-empty and at most {@code maxLength} characters. */
    public static String required(String field, String label, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, label + " is required");
        }
        return maxLength(field, label, trimmed, maxLength);
    }

    /** Trims the value; an absent or blank value becomes the empty string. */
    public static String optional(String field, String label, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        return maxLength(field, label, trimmed, maxLength);
    }

    private static String maxLength(String field, String label, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(field,
                    label + " must be at most " + maxLength + " characters, got " + value.length());
        }
        return value;
    }
}
