package org.sessiontracking.domain.compliance;

/** The outcome of the compliance rule for one registrant, type and period (product.md, "Compliance"). */
public enum ComplianceStatus {
    COMPLIANT("Compliant"),
    NON_COMPLIANT("Non-compliant"),
    /** No session counted for the registrant: there is nothing to judge. */
    NO_DATA("No data"),
    /** The type requires 0%: nobody has to attend. Takes precedence over {@link #NO_DATA}. */
    NOT_REQUIRED("Not required");

    private final String label;

    ComplianceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
