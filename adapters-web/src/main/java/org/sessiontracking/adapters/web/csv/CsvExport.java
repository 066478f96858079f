package org.sessiontracking.adapters.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a CSV export (RFC 4180, comma separated, CRLF line ends) that is safe to open in a
 * spreadsheet. Every export goes through here, so that no text column can forget the rule:
 * a cell is a number ({@link Number}, written as it is, a negative count included), empty
 * ({@code null}), or text. Text that a spreadsheet would read as a formula, because it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (a registrant's name comes
 * from an outside registry), is written with a leading single quote and in double quotes, as
 * OWASP's advice on CSV injection says: {@code '=HYPERLINK(...)} then shows as text and never runs.
 * {@link #readBack} undoes it for the files that are imported back (sign-in sheets).
 */
public final class CsvExport {

    private static final CSVFormat AS_NEEDED = CSVFormat.DEFAULT;
    private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final char NEUTRALISER = '\'';

    private final Appendable out;

    private CsvExport(Appendable out) {
        this.out = out;
    }

    /** Starts an export on {@code out} with its header row; the caller closes {@code out}. */
    public static CsvExport to(Appendable out, String... header) {
        CsvExport export = new CsvExport(out);
        export.row((Object[]) header);
        return export;
    }

    /** Writes one row: numbers as they are, {@code null} as an empty cell, anything else as text. */
    public void row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                if (cell == null || cell instanceof Number) {
                    AS_NEEDED.print(cell, out, i == 0);
                } else {
                    String text = cell.toString();
                    if (startsLikeAFormula(text)) {
                        QUOTED.print(NEUTRALISER + text, out, i == 0);
                    } else {
                        AS_NEEDED.print(text, out, i == 0);
                    }
                }
            }
            AS_NEEDED.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text cell as it was before {@link #row} neutralised it: the leading single quote is dropped
     * when it stands before a character a spreadsheet would read as a formula.
     */
    public static String readBack(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == NEUTRALISER && startsLikeAFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
