package org.sessiontracking.domain.session;

/** Where a session stands: Scheduled -> In progress -> Completed, or Cancelled from the first two. */
public enum SessionStatus {
    SCHEDULED("Scheduled"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
