package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.sessiontype.HouseholdRule;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance of one household (a registrant of kind GROUP) with one session type over one period,
 * decided from its members' own {@link Compliance} by the type's {@link HouseholdRule}, in this order:
 * <ul>
 *   <li>Not required when the type requires 0% (as for a registrant, whatever the members' data);</li>
 *   <li>ANY_MEMBER: Compliant when at least one member is Compliant; else Non-compliant when a member
 *       with counted sessions is not; else No data;</li>
 *   <li>GRANTEE: the grantee's own status; No data, with the note "No grantee", when the household has
 *       none;</li>
 *   <li>EVERY_MEMBER: members with nothing counted are ignored; Compliant when every other member is
 *       Compliant; No data when no member has counted sessions.</li>
 * </ul>
 * The database decides the same in SQL ({@code household_status} in R__compliance.sql); a persistence
 * test checks both agree.
 *
 * @param members          how many members the household has
 * @param membersCounted   members with at least one counted session
 * @param membersCompliant members whose own status is Compliant
 * @param note             why the status is what it is when that is not plain from the numbers
 */
public record HouseholdCompliance(HouseholdRule rule, ComplianceStatus status, int members, int membersCounted,
                                  int membersCompliant, Optional<String> note) {

    public static final String NO_GRANTEE = "No grantee";

    public HouseholdCompliance {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /**
     * @param memberResults every member's compliance (members without records judged on zero counts)
     * @param grantee       the grantee's compliance; empty when the household has no grantee
     */
    public static HouseholdCompliance of(HouseholdRule rule, int requiredPercent, Collection<Compliance> memberResults,
                                         Optional<Compliance> grantee) {
        int counted = (int) memberResults.stream().filter(c -> c.counted() > 0).count();
        int compliant = (int) memberResults.stream().filter(c -> c.status() == ComplianceStatus.COMPLIANT).count();
        Optional<ComplianceStatus> granteeStatus = grantee.map(Compliance::status);
        ComplianceStatus status = status(rule, requiredPercent, counted, compliant, granteeStatus);
        return new HouseholdCompliance(rule, status, memberResults.size(), counted, compliant,
                note(rule, requiredPercent, granteeStatus.isPresent()));
    }

    /**
     * The rule itself, on the members' numbers; exposed so that the SQL can be checked against it.
     *
     * @param granteeStatus the grantee's own status, empty when there is no grantee (only read for GRANTEE)
     */
    public static ComplianceStatus status(HouseholdRule rule, int requiredPercent, int membersCounted,
                                          int membersCompliant, Optional<ComplianceStatus> granteeStatus) {
        if (requiredPercent == 0) {
            return ComplianceStatus.NOT_REQUIRED;
        }
        return switch (rule) {
            case ANY_MEMBER -> membersCompliant > 0 ? ComplianceStatus.COMPLIANT
                    : membersCounted > 0 ? ComplianceStatus.NON_COMPLIANT : ComplianceStatus.NO_DATA;
            case GRANTEE -> granteeStatus.orElse(ComplianceStatus.NO_DATA);
            case EVERY_MEMBER -> membersCounted == 0 ? ComplianceStatus.NO_DATA
                    : membersCompliant == membersCounted ? ComplianceStatus.COMPLIANT : ComplianceStatus.NON_COMPLIANT;
        };
    }

    /** "No grantee" when the GRANTEE rule has no grantee to read (and attendance is required at all). */
    public static Optional<String> note(HouseholdRule rule, int requiredPercent, boolean hasGrantee) {
        return rule == HouseholdRule.GRANTEE && requiredPercent != 0 && !hasGrantee
                ? Optional.of(NO_GRANTEE) : Optional.empty();
    }
}
