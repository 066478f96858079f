package org.sessiontracking.adapters.web.compliance;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The compliance list as CSV (UTF-8, comma-separated, header row, CRLF line ends):
 * {@code external_id,name,area,group,present,absent,excused,attended,counted,rate_percent,status,open_flags};
 * rate_percent has one decimal and is empty when nothing was counted; status is the label shown on screen.
 */
final class ComplianceCsv {

    static final String[] HEADER = {"external_id", "name", "area", "group", "present", "absent", "excused",
            "attended", "counted", "rate_percent", "status", "open_flags"};

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
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            compliance.export(criteria, row -> print(printer, row));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CSVPrinter printer, ComplianceRow row) {
        try {
            printer.printRecord(row.externalId(), row.name(), row.area(), row.group(), row.counts().present(),
                    row.counts().absent(), row.counts().excused(), row.attended(), row.counted(),
                    org.sessiontracking.domain.compliance.Compliance.ratePercent(row.attended(), row.counted())
                            .map(Object::toString).orElse(""),
                    row.status().label(), row.openFlags());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
