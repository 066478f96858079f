package org.sessiontracking.application.common.tabular;

import java.util.List;

/**
 * One data row of an uploaded table.
 *
 * @param line   the line of the file where the row starts (1-based; a quoted value may span lines)
 * @param values the values in header order, as written
 */
public record TabularRow(int line, List<String> values) {

    public TabularRow {
        values = List.copyOf(values);
    }

    /** The value in column {@code index}, or the empty string when the row is shorter. */
    public String value(int index) {
        return index < values.size() ? values.get(index) : "";
    }
}
