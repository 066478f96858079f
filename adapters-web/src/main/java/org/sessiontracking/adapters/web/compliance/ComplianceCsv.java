package org.sessiontracking.adapters.web.compliance;

import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.compliance.Compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The compliance list as CSV (UTF-8, comma-separated, header row, CRLF line ends):
 * {@code external_id,name,area,group,present,absent,excused,attended,counted,rate_percent,status,open_flags,no_record};
 * rate_percent has one decimal and is empty when nothing was counted; status is the label shown on screen.
 * no_record: how many held sessions the registrant was enrolled for without a record (0 when not enrolled).
 * Text that a spreadsheet would take for a formula is neutralised ({@link CsvExport}).
 */
final class ComplianceCsv {

    static final String[] HEADER = {"external_id", "name", "area", "group", "present", "absent", "excused",
            "attended", "counted", "rate_percent", "status", "open_flags", "no_record"};

    private ComplianceCsv() {
    }

    /**
     * Says what the file holds: the type's code (or its name as a slug when it has none) and the period,
     * e.g. {@code compliance-FDS-2026-01-01_2026-03-31.csv}.
     */
    static String fileName(SessionType type, Period period) {
        String code = type.details().code().map(value -> value.replaceAll("[^A-Za-z0-9_-]+", "-"))
                .filter(value -> !value.isBlank())
                .orElseGet(() -> type.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                .replaceAll("(^-+|-+$)", "");
        return "compliance-" + (code.isEmpty() ? "type-" + type.id().value() : code) + "-" + period.from() + "_"
                + period.to() + ".csv";
    }

    static void write(ComplianceListUseCase compliance, ComplianceCriteria criteria, Writer out) throws IOException {
        try {
            CsvExport csv = CsvExport.to(out, HEADER);
            compliance.export(criteria, row -> print(csv, row));
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CsvExport csv, ComplianceRow row) {
        csv.row(row.externalId(), row.name(), row.area(), row.group(), row.counts().present(),
                row.counts().absent(), row.counts().excused(), row.attended(), row.counted(),
                Compliance.ratePercent(row.attended(), row.counted()).orElse(null),
                row.status().label(), row.openFlags(), row.missing());
    }
}
