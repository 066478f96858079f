package org.sessiontracking.adapters.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sessiontracking.application.common.tabular.TabularRow;
import org.sessiontracking.application.common.tabular.TabularSource;
import org.sessiontracking.application.common.tabular.UnreadableSourceException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded CSV file read with Apache Commons CSV (RFC 4180: comma separated, values with commas,
 * quotes or line breaks in double quotes, a quote inside written twice). UTF-8 with or without a
 * byte order mark. Rows are parsed one at a time as {@link #forEachRow} hands them on, each with the
 * line it starts on; blank lines are skipped. A file that is not UTF-8 text (a spreadsheet, an
 * image) or whose quotes do not close is reported as unreadable at the line where it breaks.
 * Reusable by every CSV import (registrants, attendance sign-in sheets).
 */
public final class CsvTable implements TabularSource, AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private int headerLine = 1;
    /** The line the next record starts on: one past the last line the parser has consumed. */
    private long nextLine = 1;
    /** The line the record being read starts on. */
    private int recordLine;

    private CsvTable(Reader reader) {
        this.reader = reader;
    }

    /** Reads {@code input} as UTF-8; the caller closes the table (which closes the input). */
    public static CsvTable of(InputStream input) {
        InputStreamReader utf8 = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new CsvTable(new BufferedReader(utf8, 64 * 1024));
    }

    @Override
    public List<String> header() {
        if (header == null) {
            open();
            CSVRecord first = nextNonBlank();
            header = first == null ? List.of() : first.toList();
        }
        return header;
    }

    @Override
    public int headerLine() {
        header();
        return headerLine;
    }

    @Override
    public void forEachRow(Consumer<TabularRow> action) {
        header();
        if (header.isEmpty()) {
            return;
        }
        for (CSVRecord record = nextNonBlank(); record != null; record = nextNonBlank()) {
            action.accept(new TabularRow(recordLine, record.toList()));
        }
    }

    private CSVRecord nextNonBlank() {
        while (true) {
            recordLine = (int) nextLine;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException failure) {
                throw unreadable(failure);
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() == 0 || (record.size() == 1 && record.get(0).isEmpty())) {
                continue;
            }
            for (String value : record) {
                if (value.indexOf('\0') >= 0) {
                    throw new UnreadableSourceException(recordLine, notText());
                }
            }
            if (header == null) {
                headerLine = recordLine;
            }
            return record;
        }
    }

    private void open() {
        try {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableSourceException(1, notText(), notUtf8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
        records = parser.iterator();
    }

    private UnreadableSourceException unreadable(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new UnreadableSourceException(recordLine, notText(), failure);
            }
        }
        String detail = String.valueOf(failure.getMessage());
        if (detail.contains("EOF")) {
            return new UnreadableSourceException(recordLine, "A quoted value that starts on this line is never "
                    + "closed: every double quote that opens a value needs one that closes it", failure);
        }
        if (detail.contains("encapsulated token")) {
            return new UnreadableSourceException(recordLine, "A quoted value is followed by other characters "
                    + "before the next comma. Inside quotes, write a double quote twice (\"\")", failure);
        }
        return new UnreadableSourceException(recordLine, "The file cannot be read as CSV here: " + detail, failure);
    }

    private static String notText() {
        return "This is not a CSV text file (it contains characters that are not UTF-8 text, as a spreadsheet "
                + "or an image would). Save the sheet as \"CSV UTF-8 (comma delimited)\" and upload that file.";
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
