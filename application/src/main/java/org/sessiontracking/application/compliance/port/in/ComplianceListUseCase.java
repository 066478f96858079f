package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.domain.compliance.ComplianceStatus;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Anyone who may read sees (and exports) who complies with a session type over a period. */
public interface ComplianceListUseCase {

    List<ComplianceRow> list(ComplianceCriteria criteria, PageRequest page);

    int count(ComplianceCriteria criteria);

    /** Registrants per status for the criteria without their status filter. */
    Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria);

    /** Every row, in name order, for a CSV export; for a closed verification period, its frozen list. */
    void export(ComplianceCriteria criteria, Consumer<ComplianceRow> row);
}
