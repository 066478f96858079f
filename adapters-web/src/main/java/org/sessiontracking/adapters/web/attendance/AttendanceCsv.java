package org.sessiontracking.adapters.web.attendance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a session's roster and attendance as CSV (UTF-8 with a byte-order mark, so spreadsheets
 * read names correctly). Its first three columns are those of a sign-in sheet, so the file can be
 * edited and imported back.
 */
final class AttendanceCsv {

    static final String[] HEADER = {"external_id", "status", "reason", "name", "group", "area", "recorded_by",
            "recorded_at"};
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AttendanceCsv() {
    }

    static byte[] export(AttendanceView view, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (AttendanceRow row : view.rows()) {
                printer.printRecord(row.registrant().externalId(), row.status().label(), row.reason(),
                        row.registrant().name(), row.registrant().groupName(), row.registrant().area(),
                        row.recordedBy(), row.recordedAt() == null ? "" : RECORDED_AT.format(row.recordedAt().atZone(zone)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String fileName(AttendanceView view) {
        return fileName("attendance-", view);
    }

    /** The prefix and the session's title as a slug (or its id when the title has no letters), e.g. "attendance-fds-march-2026.csv". */
    static String fileName(String prefix, AttendanceView view) {
        String slug = view.session().title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return prefix + (slug.isEmpty() ? "session-" + view.session().id().value() : slug) + ".csv";
    }
}
