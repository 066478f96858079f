package org.sessiontracking.domain.compliance;

import java.util.Optional;

/**
 * Early warning for a period that still has sessions to be held: what the registrant's compliance at the
 * end of the period can still become (product.md, "Compliance"; issue 12, "Early warning"). With
 * {@code remaining} sessions left that the registrant is expected at (not yet held, no record yet):
 * <ul>
 *   <li>{@link #CANNOT_REACH}: non-compliant even if they attend every remaining session;</li>
 *   <li>{@link #AT_RISK}: they can still comply, but only by attending every remaining session: one more
 *       absence makes them non-compliant for the period;</li>
 *   <li>otherwise no warning (they may miss at least one more session, or nothing is required).</li>
 * </ul>
 * Both are the compliance rule itself ({@link Compliance#status}) applied to the counts as they would be;
 * the database's {@code compliance_outlook} in R__compliance.sql does the same, checked by a test.
 */
public enum Outlook {
    CANNOT_REACH("Cannot reach the threshold"),
    AT_RISK("At risk");

    private final String label;

    Outlook(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The warning for a registrant with {@code attended} of {@code counted} so far and {@code remaining} sessions left. */
    public static Optional<Outlook> of(int attended, int counted, int remaining, int requiredPercent) {
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining sessions must not be negative, got " + remaining);
        }
        if (Compliance.status(attended + remaining, counted + remaining, requiredPercent)
                == ComplianceStatus.NON_COMPLIANT) {
            return Optional.of(CANNOT_REACH);
        }
        if (remaining > 0 && Compliance.status(attended + remaining - 1, counted + remaining, requiredPercent)
                == ComplianceStatus.NON_COMPLIANT) {
            return Optional.of(AT_RISK);
        }
        return Optional.empty();
    }
}
