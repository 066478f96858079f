package org.sessiontracking.application.compliance.port.in;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;

import java.util.List;
import java.util.function.Consumer;

/** Anyone who may read sees (and exports) which households comply with a session type over a period. */
public interface HouseholdComplianceUseCase {

    List<HouseholdRow> list(HouseholdCriteria criteria, PageRequest page);

    int count(HouseholdCriteria criteria);

    /** Every household, in name order, for a CSV export. */
    void export(HouseholdCriteria criteria, Consumer<HouseholdRow> row);
}
