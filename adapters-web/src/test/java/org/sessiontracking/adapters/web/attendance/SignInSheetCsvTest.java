package org.sessiontracking.adapters.web.attendance;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase.SheetLine;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSheetCsvTest {

    private static SignInSheetCsv.Parsed parse(String text) {
        return SignInSheetCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsASheetWithoutHeaderWithTheFilesLineNumbers() {
        SignInSheetCsv.Parsed parsed = parse("R-001,Present\n\nR-002, excused ,\"sick, stayed home\"\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new SheetLine(1, "R-001", "Present", ""),
                new SheetLine(3, "R-002", "excused", "sick, stayed home"));
    }

    @Test
    void readsAnExportedRosterByItsHeaderNamesIgnoringOtherColumns() {
        SignInSheetCsv.Parsed parsed = parse("\uFEFFexternal_id,status,reason,name,group\r\nR-001,Absent,,Maria,H-1\r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new SheetLine(2, "R-001", "Absent", ""));
    }

    @Test
    void reportsEveryLineWithTheWrongNumberOfColumns() {
        SignInSheetCsv.Parsed parsed = parse("R-001\nR-002,Present\nR-003,Absent,late,extra\n");
        assertThat(parsed.problems()).extracting(Object::toString).containsExactly(
                "Line 1: expected 2 or 3 columns (external id, status, reason), got 1",
                "Line 3: expected 2 or 3 columns (external id, status, reason), got 4");
    }

    @Test
    void anEmptyFileAFileThatIsNotTextAndAnUnclosedQuoteAreRefusedWithAReason() {
        assertThat(parse("").problems()).extracting(Object::toString).containsExactly("The file is empty");
        assertThat(SignInSheetCsv.parse(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 'x'}).problems())
                .extracting(Object::toString)
                .containsExactly("The file is not UTF-8 text: save the sheet as \"CSV UTF-8\" and try again");
        assertThat(parse("R-001,\"Present\nR-002,Absent\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.toString()).startsWith("The file is not valid CSV"));
        assertThat(parse("name,area\nMaria,B12\n").problems()).isEmpty();
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefused() {
        assertThat(parse("external_id,name\nR-001,Maria\n").problems()).extracting(Object::toString)
                .containsExactly("Line 1: the header needs the columns external_id and status (and optionally reason)");
        assertThat(parse("external_id,status\n").problems()).extracting(Object::toString)
                .containsExactly("The file has a header but no attendance lines");
    }
}
