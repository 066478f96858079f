package org.sessiontracking.domain.user;

import org.sessiontracking.domain.common.InvalidValueException;

import java.util.regex.Pattern;

/** A sign-in name: 3 to 50 letters, digits, dots, dashes, underscores or @; compared ignoring case. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]{3,50}");

    public Username {
        value = value == null ? "" : value.strip();
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("username",
                    "Username must be 3 to 50 letters, digits, '.', '-', '_' or '@', got '" + value + "'");
        }
    }
}
