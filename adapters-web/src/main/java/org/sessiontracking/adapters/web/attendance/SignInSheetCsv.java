package org.sessiontracking.adapters.web.attendance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.LineProblem;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.SheetLine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a sign-in sheet: CSV with the columns external id, status and an optional reason, with or
 * without a header row. With a header, the columns are found by name ({@code external_id},
 * {@code status}, {@code reason}; others, such as those of an exported roster, are ignored), so an
 * exported file can be edited and imported back (the quote the export puts before text that looks like
 * a formula is taken off again, see {@link CsvExport#readBack}). Every problem of the file is reported with its line.
 */
final class SignInSheetCsv {

    static final int MAX_BYTES = 1024 * 1024;
    /** The columns of a sign-in sheet, as its header names them. */
    static final List<String> COLUMNS = List.of("external_id", "status", "reason");
    /** The sample for a session without records: made-up ids, each way of writing a status once. */
    private static final List<List<String>> GENERIC_SAMPLE = List.of(
            List.of("R-0001", "Present", ""),
            List.of("R-0002", "Absent", ""),
            List.of("R-0003", "Excused", "Sick child"),
            List.of("R-0004", "p", ""),
            List.of("R-0005", "E", "Typhoon warning"));

    record Parsed(List<SheetLine> lines, List<LineProblem> problems) {
    }

    private SignInSheetCsv() {
    }

    static Parsed parse(byte[] bytes) {
        List<LineProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            return new Parsed(List.of(), List.of(new LineProblem(0, "The file is larger than 1 MB: is it a sign-in sheet?")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(new LineProblem(0,
                    "The file is not UTF-8 text: save the sheet as \"CSV UTF-8\" and try again")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineIndex index = LineIndex.of(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get()).get()) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            return new Parsed(List.of(), List.of(new LineProblem(0, "The file is not valid CSV: " + cause)));
        }
        records = records.stream().filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).toList();
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(new LineProblem(0, "The file is empty")));
        }
        int idColumn = 0;
        int statusColumn = 1;
        int reasonColumn = 2;
        boolean header = isHeader(records.getFirst());
        int expectedColumns = -1;
        if (header) {
            List<String> names = records.getFirst().stream().map(SignInSheetCsv::key).toList();
            idColumn = names.indexOf("external_id");
            statusColumn = names.indexOf("status");
            reasonColumn = names.indexOf("reason");
            if (idColumn < 0 || statusColumn < 0) {
                return new Parsed(List.of(), List.of(new LineProblem(index.lineOf(records.getFirst()),
                        "the header needs the columns external_id and status (and optionally reason)")));
            }
        }
        List<SheetLine> lines = new ArrayList<>();
        for (CSVRecord record : header ? records.subList(1, records.size()) : records) {
            int line = index.lineOf(record);
            if (!header && (record.size() < 2 || record.size() > 3)) {
                problems.add(new LineProblem(line, "expected 2 or 3 columns (external id, status, reason), got "
                        + record.size()));
                continue;
            }
            if (header && record.size() <= Math.max(idColumn, statusColumn)) {
                problems.add(new LineProblem(line, "the line has " + record.size() + " columns, fewer than the header"));
                continue;
            }
            lines.add(new SheetLine(line, CsvExport.readBack(record.get(idColumn)),
                    CsvExport.readBack(record.get(statusColumn)),
                    reasonColumn >= 0 && reasonColumn < record.size() ? CsvExport.readBack(record.get(reasonColumn)) : ""));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(0, "The file has a header but no attendance lines"));
        }
        return new Parsed(lines, problems);
    }

    /**
     * A sign-in sheet to start from (UTF-8 with a byte-order mark, so that spreadsheets read names
     * correctly): the session's registrants with their current status and reason, or a made-up example
     * when the session has no records yet. It reads back without a problem of format (on a completed
     * session each line then needs a reason).
     */
    static byte[] sample(List<AttendanceRow> roster) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        // the roster's reasons are people's text: neutralised like every export, and read back by parse
        CsvExport csv = CsvExport.to(out, COLUMNS.toArray(String[]::new));
        if (roster.isEmpty()) {
            for (List<String> line : GENERIC_SAMPLE) {
                csv.row(line.toArray());
            }
        }
        for (AttendanceRow row : roster) {
            csv.row(row.registrant().externalId(), row.status().label(), row.reason());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A few lines of a sheet as the dialog shows them: the header, then the first external ids of the
     * roster (or made-up ones) with each status once, and a reason for the Excused one.
     */
    static String example(List<String> rosterIds) {
        List<List<String>> lines = List.of(GENERIC_SAMPLE.get(0), GENERIC_SAMPLE.get(1), GENERIC_SAMPLE.get(2));
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.to(out, COLUMNS.toArray(String[]::new));
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            csv.row(i < rosterIds.size() ? rosterIds.get(i) : line.get(0), line.get(1), line.get(2));
        }
        return out.toString().replace("\r\n", "\n").strip();
    }

    static String sampleFileName(AttendanceView view) {
        return AttendanceCsv.fileName("sign-in-sheet-", view);
    }

    private static boolean isHeader(CSVRecord first) {
        return first.stream().map(SignInSheetCsv::key).anyMatch(name -> name.equals("external_id") || name.equals("status"));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** Line numbers of the file by character position, so that a record's line is the line it starts on. */
    private record LineIndex(int[] lineStarts) {
        static LineIndex of(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return new LineIndex(starts.stream().mapToInt(Integer::intValue).toArray());
        }

        int lineOf(CSVRecord record) {
            int found = java.util.Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }
}
