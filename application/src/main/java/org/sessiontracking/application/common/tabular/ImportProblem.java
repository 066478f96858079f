package org.sessiontracking.application.common.tabular;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an uploaded file.
 *
 * @param line   the line of the file (1-based)
 * @param column the header name of the column, or empty when the problem is about the whole row or file
 */
public record ImportProblem(int line, String column, String message) {

    public static final Comparator<ImportProblem> IN_FILE_ORDER = Comparator.comparingInt(ImportProblem::line);

    public ImportProblem {
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(message, "message");
    }
}
