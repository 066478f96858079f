package org.sessiontracking.adapters.web.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.SheetLine;
import org.sessiontracking.domain.attendance.AttendanceCounts;
import org.sessiontracking.domain.attendance.AttendanceSessionBuilder;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceCsvTest {

    private final AttendanceView view = new AttendanceView(AttendanceSessionBuilder.aSession().build(), true, List.of(
            new AttendanceRow(new RegistrantSummary(new RegistrantId(1), "R-001", "María Dela Cruz", "Dela Cruz household",
                    "Barangay 12"), AttendanceStatus.EXCUSED, "sick, \"fever\"", "Field Officer",
                    Instant.parse("2026-03-14T16:05:00Z"), Version.NEW),
            new AttendanceRow(new RegistrantSummary(new RegistrantId(2), "R-002", "Jose Santos", "", "Barangay 7"),
                    AttendanceStatus.PRESENT, "", "Field Officer", Instant.parse("2026-03-14T16:05:00Z"), Version.NEW)),
            new AttendanceCounts(1, 0, 1));

    @Test
    void exportsTheRosterWithAttendanceInASpreadsheetFriendlyCsv() {
        String csv = new String(AttendanceCsv.export(view, ZoneOffset.UTC), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFexternal_id,status,reason,name,group,area,recorded_by,recorded_at\r\n");
        assertThat(csv).contains("R-001,Excused,\"sick, \"\"fever\"\"\",María Dela Cruz,Dela Cruz household,Barangay 12,"
                + "Field Officer,2026-03-14 16:05\r\n");
        assertThat(AttendanceCsv.fileName(view)).isEqualTo("attendance-fds-march-2026-barangay-12.csv");
    }

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)",
            "\tx", "\rx");

    /** One row per hostile value, in every text column a registry or a user fills. */
    private static AttendanceView hostileView() {
        List<AttendanceRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            rows.add(new AttendanceRow(new RegistrantSummary(new RegistrantId(i + 1), hostile + i, hostile, hostile, hostile),
                    AttendanceStatus.ABSENT, hostile, hostile, Instant.parse("2026-03-14T16:05:00Z"), Version.NEW));
        }
        return new AttendanceView(AttendanceSessionBuilder.aSession().build(), true, rows, new AttendanceCounts(0, rows.size(), 0));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsExportedBehindASingleQuote() throws Exception {
        String csv = new String(AttendanceCsv.export(hostileView(), ZoneOffset.UTC), StandardCharsets.UTF_8).substring(1);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).hasSize(HOSTILE.size() + 1);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String neutralised = "'" + HOSTILE.get(i);
            assertThat(records.get(i + 1).toList()).containsExactly(neutralised + i, "Absent", neutralised, neutralised,
                    neutralised, neutralised, neutralised, "2026-03-14 16:05");
        }
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void aNeutralisedExportImportsBackWithTheOriginalText() {
        SignInSheetCsv.Parsed parsed = SignInSheetCsv.parse(AttendanceCsv.export(hostileView(), ZoneOffset.UTC));
        assertThat(parsed.problems()).isEmpty();
        for (int i = 0; i < HOSTILE.size(); i++) {
            SheetLine line = parsed.lines().get(i);
            assertThat(line.externalId()).isEqualTo(HOSTILE.get(i).strip() + i);
            assertThat(line.reason()).isEqualTo(HOSTILE.get(i).strip());
        }
    }

    @Test
    void anExportedRosterCanBeImportedBackAsASignInSheet() {
        SignInSheetCsv.Parsed parsed = SignInSheetCsv.parse(AttendanceCsv.export(view, ZoneOffset.UTC));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new SheetLine(2, "R-001", "Excused", "sick, \"fever\""),
                new SheetLine(3, "R-002", "Present", ""));
    }

    @Test
    void theSignInSheetSampleOfARosterNeutralisesFormulasAndImportsBackUnchanged() {
        String sample = new String(SignInSheetCsv.sample(hostileView().rows()), StandardCharsets.UTF_8);
        assertThat(sample).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")0\",Absent,");
        SignInSheetCsv.Parsed parsed = SignInSheetCsv.parse(sample.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertThat(parsed.lines().get(i).reason()).isEqualTo(HOSTILE.get(i).strip());
        }
    }
}
