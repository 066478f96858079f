package org.sessiontracking.application.common.tabular;

import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded table (a CSV file) as import use cases read it: a header row, then data rows, each
 * with the line of the file where it starts so that problems can name it. Adapters parse the file;
 * use cases validate what it says. Rows are handed over one at a time, so a large file is never
 * held in memory as text.
 */
public interface TabularSource {

    /**
     * The column names of the header row, as written; empty when the file is empty.
     * Throws {@link UnreadableSourceException} when the file cannot be read as a table.
     */
    List<String> header();

    /** The line of the header row (1 unless the file starts with blank lines). */
    int headerLine();

    /**
     * Hands every data row after the header to {@code action}, in file order, skipping blank lines.
     * Throws {@link UnreadableSourceException} at the first place the file cannot be read.
     */
    void forEachRow(Consumer<TabularRow> action);
}
