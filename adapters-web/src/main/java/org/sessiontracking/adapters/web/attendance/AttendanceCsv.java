package org.sessiontracking.adapters.web.attendance;

import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.domain.session.SessionId;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a session's roster and attendance as CSV (UTF-8 with a byte-order mark, so spreadsheets
 * read names correctly). Its first three columns are those of a sign-in sheet, so the file can be
 * edited and imported back. Text that a spreadsheet would take for a formula is neutralised
 * ({@link CsvExport}); the import undoes that.
 */
final class AttendanceCsv {

    static final String[] HEADER = {"external_id", "status", "reason", "name", "group", "area", "recorded_by",
            "recorded_at"};
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AttendanceCsv() {
    }

    static byte[] export(AttendanceView view, ZoneId zone) {
        StringBuilder out = new StringBuilder().append('\uFEFF');
        CsvExport csv = CsvExport.to(out, HEADER);
        for (AttendanceRow row : view.rows()) {
            csv.row(row.registrant().externalId(), row.status().label(), row.reason(),
                    row.registrant().name(), row.registrant().groupName(), row.registrant().area(),
                    row.recordedBy(), row.recordedAt() == null ? "" : RECORDED_AT.format(row.recordedAt().atZone(zone)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String fileName(AttendanceView view) {
        return fileName("attendance-", view);
    }

    /** The prefix and the session's title as a slug (or its id when the title has no letters), e.g. "attendance-fds-march-2026.csv". */
    static String fileName(String prefix, AttendanceView view) {
        return slug(prefix, view.session().title(), view.session().id()) + ".csv";
    }

    /** The prefix and the title as a slug (or the session's id when the title has no letters), without extension. */
    static String slug(String prefix, String title, SessionId session) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + (slug.isEmpty() ? "session-" + session.value() : slug);
    }
}
