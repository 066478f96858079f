package org.sessiontracking.application.registrant;

import org.sessiontracking.application.common.tabular.TabularRow;
import org.sessiontracking.application.common.tabular.TabularSource;
import org.sessiontracking.application.common.tabular.UnreadableSourceException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link TabularSource} for use-case tests: the first line is the header, each further line a row
 * (values split at commas, so no quoting), on lines 1, 2, 3...
 */
public final class Table implements TabularSource {

    private final List<String> header;
    private final List<TabularRow> rows = new ArrayList<>();
    private UnreadableSourceException failure;

    private Table(String... lines) {
        header = lines.length == 0 ? List.of() : split(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            rows.add(new TabularRow(i + 1, split(lines[i])));
        }
    }

    public static Table of(String... lines) {
        return new Table(lines);
    }

    /** After its rows, the table fails as an unreadable file would. */
    public Table thenUnreadable(int line, String message) {
        failure = new UnreadableSourceException(line, message);
        return this;
    }

    private static List<String> split(String line) {
        return Arrays.asList(line.split(",", -1));
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerLine() {
        return 1;
    }

    @Override
    public void forEachRow(Consumer<TabularRow> action) {
        rows.forEach(action);
        if (failure != null) {
            throw failure;
        }
    }
}
