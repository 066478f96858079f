package org.sessiontracking.domain.sessiontype;

/**
 * How a household's compliance with a session type follows from its members' (issue 12): 4Ps, for
 * instance, asks a parent or guardian of the household to attend the monthly FDS.
 * <p>
 * {@link #EVERY_MEMBER} is the default: it is the strictest reading, and it is what judging each
 * registrant on their own already asked of a household before types had a rule. A programme that
 * asks less (one member, or the grantee) says so on purpose; defaulting to a looser rule would turn
 * households compliant that nobody decided should be.
 * <p>
 * Lives beside {@link ExcusedPolicy} as a plain setting of the type; the decision itself is
 * {@code domain.compliance.HouseholdCompliance}.
 */
public enum HouseholdRule {
    /** Compliant when at least one member is compliant. */
    ANY_MEMBER("Any member attended"),
    /** The designated member's (the grantee's) status; No data when the household has no grantee. */
    GRANTEE("The grantee attended"),
    /** Compliant when every member with counted sessions is compliant; members with nothing counted are ignored. */
    EVERY_MEMBER("Every member met the rule");

    public static final HouseholdRule DEFAULT = EVERY_MEMBER;

    private final String label;

    HouseholdRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
