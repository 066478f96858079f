package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.util.Objects;
import java.util.Optional;

/**
 * One household of the compliance list by household (issue 12): its status as the type's
 * {@link HouseholdRule} decides it from its members' own compliance
 * ({@link org.sessiontracking.domain.compliance.HouseholdCompliance}).
 *
 * @param members          the household's individual members
 * @param membersCounted   members with at least one counted session of the type in the period
 * @param membersCompliant members compliant on their own
 * @param granteeName      the grantee's name, when the household has one
 * @param note             e.g. "No grantee" under the GRANTEE rule
 */
public record HouseholdRow(RegistrantId household, String externalId, String name, String area, int members,
                           int membersCounted, int membersCompliant, HouseholdRule rule, Optional<String> granteeName,
                           ComplianceStatus status, Optional<String> note) {

    public HouseholdRow {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        granteeName = Objects.requireNonNullElse(granteeName, Optional.empty());
        note = Objects.requireNonNullElse(note, Optional.empty());
    }
}
