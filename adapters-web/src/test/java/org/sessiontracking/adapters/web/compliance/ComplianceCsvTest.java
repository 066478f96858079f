package org.sessiontracking.adapters.web.compliance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceCsvTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)",
            "\tx", "\rx");

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsExportedBehindASingleQuoteAndNumbersStayNumbers() throws Exception {
        List<ComplianceRow> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            rows.add(new ComplianceRow(new RegistrantId(i + 1), hostile, hostile, hostile, hostile,
                    new AttendanceCounts(3, 1, 1), 3, 4, ComplianceStatus.NON_COMPLIANT, 0));
        }
        StringWriter out = new StringWriter();
        ComplianceCsv.write(new Rows(rows), ComplianceCriteria.of(new SessionTypeId(1),
                new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), out);

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(HOSTILE.size() + 1);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String neutralised = "'" + HOSTILE.get(i);
            assertThat(records.get(i + 1).toList()).containsExactly(neutralised, neutralised, neutralised, neutralised,
                    "3", "1", "1", "3", "4", "75.0", "Non-compliant", "0", "0");
        }
        assertThat(out.toString()).contains("\"'-2+3\",\"'-2+3\",\"'-2+3\",\"'-2+3\",3,1,1,3,4,75.0,Non-compliant,0,0\r\n");
    }

    /** Hands the fixed rows to the export. */
    private record Rows(List<ComplianceRow> rows) implements ComplianceListUseCase {
        @Override
        public List<ComplianceRow> list(ComplianceCriteria criteria, PageRequest page) {
            return rows;
        }

        @Override
        public int count(ComplianceCriteria criteria) {
            return rows.size();
        }

        @Override
        public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria) {
            return Map.of();
        }

        @Override
        public void export(ComplianceCriteria criteria, Consumer<ComplianceRow> row) {
            rows.forEach(row);
        }
    }
}
