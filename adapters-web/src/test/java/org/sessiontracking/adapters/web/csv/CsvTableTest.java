package org.sessiontracking.adapters.web.csv;

import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.tabular.TabularRow;
import org.sessiontracking.application.common.tabular.UnreadableSourceException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static CsvTable table(byte[] bytes) {
        return CsvTable.of(new ByteArrayInputStream(bytes));
    }

    private static CsvTable table(String text) {
        return table(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<TabularRow> rows(CsvTable table) {
        List<TabularRow> rows = new ArrayList<>();
        table.forEachRow(rows::add);
        return rows;
    }

    @Test
    void rowsCarryTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        CsvTable table = table("a,b\r\n\r\n1,\"two\nlines\"\n\n3,\"with, comma and \"\"quotes\"\"\"\n4,last");
        assertThat(table.header()).containsExactly("a", "b");
        assertThat(rows(table)).containsExactly(
                new TabularRow(3, List.of("1", "two\nlines")),
                new TabularRow(6, List.of("3", "with, comma and \"quotes\"")),
                new TabularRow(7, List.of("4", "last")));
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndAccentsSurvive() {
        byte[] withBom = ("\uFEFFexternal_id,full_name\nX-1,María Peña\n").getBytes(StandardCharsets.UTF_8);
        CsvTable table = table(withBom);
        assertThat(table.header()).containsExactly("external_id", "full_name");
        assertThat(rows(table)).containsExactly(new TabularRow(2, List.of("X-1", "María Peña")));
    }

    @Test
    void theHeaderMayFollowBlankLinesAndAnEmptyFileHasNoHeader() {
        CsvTable table = table("\n\nx,y\n1,2\n");
        assertThat(table.header()).containsExactly("x", "y");
        assertThat(table.headerLine()).isEqualTo(3);
        assertThat(table("").header()).isEmpty();
        assertThat(table("\n\n").header()).isEmpty();
    }

    @Test
    void binaryContentIsUnreadableAtTheFirstLine() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> table(png).header())
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("This is not a CSV text file")
                .satisfies(e -> assertThat(((UnreadableSourceException) e).line()).isEqualTo(1));
        byte[] utf16 = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> table(utf16).header()).hasMessageStartingWith("This is not a CSV text file");
    }

    @Test
    void aQuoteThatNeverClosesIsReportedOnTheLineWhereItOpens() {
        CsvTable table = table("a,b\n1,2\n3,\"open\n4,5\n");
        List<TabularRow> read = new ArrayList<>();
        assertThatThrownBy(() -> table.forEachRow(read::add))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("A quoted value that starts on this line is never closed")
                .satisfies(e -> assertThat(((UnreadableSourceException) e).line()).isEqualTo(3));
        assertThat(read).hasSize(1);
    }

    @Test
    void textAfterAClosingQuoteIsReported() {
        assertThatThrownBy(() -> rows(table("a,b\n\"x\"y,z\n")))
                .hasMessageStartingWith("A quoted value is followed by other characters")
                .satisfies(e -> assertThat(((UnreadableSourceException) e).line()).isEqualTo(2));
    }
}
