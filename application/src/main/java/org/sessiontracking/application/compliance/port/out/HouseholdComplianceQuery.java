package org.sessiontracking.application.compliance.port.out;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.util.List;
import java.util.function.Consumer;

/**
 * Households judged by the store from their members' compliance, which it computes as for the list of
 * registrants (the same judged rows, grouped by household), never by a second count. The status must
 * equal {@link org.sessiontracking.domain.compliance.HouseholdCompliance}'s. A household's members with
 * their own compliance are the list of registrants narrowed to the group
 * ({@link org.sessiontracking.application.compliance.ComplianceCriteria#withGroup}).
 */
public interface HouseholdComplianceQuery {

    /** One page of households, by name then id. */
    List<HouseholdRow> households(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                                  PageRequest page);

    int countHouseholds(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule);

    /** Every household of the list, by name then id (for exports). */
    void forEachHousehold(HouseholdCriteria criteria, CompliancePolicy policy, HouseholdRule rule,
                          Consumer<HouseholdRow> row);
}
