package org.sessiontracking.application.common.tabular;

/**
 * The uploaded file is not a readable table at all (binary content, a quote never closed...).
 * Import use cases turn it into a problem at {@link #line()}; nothing is stored.
 */
public class UnreadableSourceException extends RuntimeException {

    private final int line;

    public UnreadableSourceException(int line, String message) {
        super(message);
        this.line = line;
    }

    public UnreadableSourceException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
