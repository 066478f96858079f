package org.sessiontracking.adapters.web.verification;

import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.port.in.FrozenListUseCase;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.verification.VerificationPeriod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A frozen version as CSV, the same bytes every time (UTF-8, CRLF, rows by name then registrant id, the
 * rate with one decimal, the close time in UTC): {@code external_id,name,area,group,present,absent,
 * excused,attended,counted,rate_percent,status,required_percent,excused_policy,period,version,closed_at,
 * closed_by}. Nothing live is in it: it is what was frozen.
 */
final class FrozenCsv {

    static final String[] HEADER = {"external_id", "name", "area", "group", "present", "absent", "excused",
            "attended", "counted", "rate_percent", "status", "required_percent", "excused_policy", "period",
            "version", "closed_at", "closed_by"};

    private FrozenCsv() {
    }

    static String fileName(VerificationPeriod period, FrozenVersion version) {
        return "frozen-compliance-" + period.from() + "_" + period.to() + "-v" + version.version() + ".csv";
    }

    static void write(FrozenListUseCase frozen, VerificationPeriod period, FrozenVersion version, Writer out)
            throws IOException {
        try {
            CsvExport csv = CsvExport.to(out, HEADER);
            frozen.export(period.id(), version.version(), row -> csv.row(row.externalId(), row.name(), row.area(),
                    row.group(), row.counts().present(), row.counts().absent(), row.counts().excused(), row.attended(),
                    row.counted(), Compliance.ratePercent(row.attended(), row.counted()).orElse(null),
                    row.status().label(), version.policy().requiredPercent(), version.policy().excusedPolicy().name(),
                    period.name(), version.version(), version.closedAt().toString(), version.closedBy()));
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
