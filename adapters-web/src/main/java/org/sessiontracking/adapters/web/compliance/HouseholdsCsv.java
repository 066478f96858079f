package org.sessiontracking.adapters.web.compliance;

import org.sessiontracking.adapters.web.csv.CsvExport;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The compliance list by household as CSV (as {@link ComplianceCsv}):
 * {@code external_id,name,area,members,members_counted,members_compliant,rule,grantee,status,note}.
 */
final class HouseholdsCsv {

    static final String[] HEADER = {"external_id", "name", "area", "members", "members_counted",
            "members_compliant", "rule", "grantee", "status", "note"};

    private HouseholdsCsv() {
    }

    static void write(HouseholdComplianceUseCase households, HouseholdCriteria criteria, Writer out) throws IOException {
        try {
            CsvExport csv = CsvExport.to(out, HEADER);
            households.export(criteria, row -> print(csv, row));
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void print(CsvExport csv, HouseholdRow row) {
        csv.row(row.externalId(), row.name(), row.area(), row.members(), row.membersCounted(),
                row.membersCompliant(), row.rule().label(), row.granteeName().orElse(null), row.status().label(),
                row.note().orElse(null));
    }
}
