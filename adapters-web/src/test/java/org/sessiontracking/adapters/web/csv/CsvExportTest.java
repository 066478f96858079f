package org.sessiontracking.adapters.web.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    /** The values OWASP's CSV injection page lists, as a hostile registry would send them. */
    static final String[] HOSTILE = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-Ana", "-"};

    private static String written(Object... cells) {
        StringBuilder out = new StringBuilder();
        CsvExport.to(out, "a", "b").row(cells);
        return out.substring("a,b\r\n".length());
    }

    @Test
    void aTextCellThatAFormulaWouldStartWithIsQuotedBehindASingleQuote() {
        assertThat(written("=HYPERLINK(\"http://x\",\"y\")", "R-1")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",R-1\r\n");
        assertThat(written("+1", "-2+3")).isEqualTo("\"'+1\",\"'-2+3\"\r\n");
        assertThat(written("@SUM(A1)", "\tx")).isEqualTo("\"'@SUM(A1)\",\"'\tx\"\r\n");
        assertThat(written("\rx", "-Ana")).isEqualTo("\"'\rx\",\"'-Ana\"\r\n");
        assertThat(written("-", "x")).isEqualTo("\"'-\",x\r\n");
    }

    @Test
    void numbersAreNotTextCellsAndStayNumbers() {
        assertThat(written(-2, new BigDecimal("-12.5"))).isEqualTo("-2,-12.5\r\n");
    }

    @Test
    void ordinaryTextAndEmptyCellsAreWrittenAsBefore() {
        assertThat(written("María, \"Mia\"", null)).isEqualTo("\"María, \"\"Mia\"\"\",\r\n");
        assertThat(written("Ana = Ben", "")).isEqualTo("Ana = Ben,\r\n");
    }

    @Test
    void readingBackGivesTheOriginalText() {
        for (String hostile : HOSTILE) {
            assertThat(CsvExport.readBack("'" + hostile)).isEqualTo(hostile);
        }
    }

    @Test
    void readingBackLeavesAQuoteThatNeutralisedNothing() {
        assertThat(CsvExport.readBack("'Ana")).isEqualTo("'Ana");
        assertThat(CsvExport.readBack("'")).isEqualTo("'");
        assertThat(CsvExport.readBack("=1")).isEqualTo("=1");
    }
}
