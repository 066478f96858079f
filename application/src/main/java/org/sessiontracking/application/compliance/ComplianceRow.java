package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;

/**
 * One line of the compliance list. {@code attended}, {@code counted} and {@code status} come from the
 * database, which applies the same rule as {@link Compliance}.
 *
 * @param group     the name of the registrant's group (household), empty when none
 * @param openFlags how many unresolved flags the registrant has for this type
 * @param missing   how many held sessions the registrant was enrolled for and has no record of (their
 *                  "No record"; counted as Absent in attended and counted when the type says so)
 */
public record ComplianceRow(RegistrantId registrant, String externalId, String name, String area, String group,
                            AttendanceCounts counts, int attended, int counted, ComplianceStatus status,
                            int openFlags, int missing) {

    /** A row without missing records. */
    public ComplianceRow(RegistrantId registrant, String externalId, String name, String area, String group,
                         AttendanceCounts counts, int attended, int counted, ComplianceStatus status, int openFlags) {
        this(registrant, externalId, name, area, group, counts, attended, counted, status, openFlags, 0);
    }

    public String rateText() {
        return Compliance.rateText(attended, counted);
    }
}
