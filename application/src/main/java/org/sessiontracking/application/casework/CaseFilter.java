package org.sessiontracking.application.casework;

import org.sessiontracking.domain.casework.CaseStatus;
import org.sessiontracking.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which cases to list; every part is optional. {@code overdueOnly} keeps the cases with at least one
 * overdue plan item (see {@link org.sessiontracking.domain.casework.PlanProgress}).
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<UserId> caseWorker, boolean overdueOnly) {

    public static final CaseFilter ALL = new CaseFilter(Optional.empty(), Optional.empty(), false);

    /** The properties a page of cases may be sorted by (the adapters allow-list these names). */
    public enum SortProperty {
        REGISTRANT("registrant"),
        CASE_WORKER("caseWorker"),
        STATUS("status"),
        OPENED_ON("openedOn"),
        OVERDUE("overdue");

        private final String property;

        SortProperty(String property) {
            this.property = property;
        }

        public String property() {
            return property;
        }
    }

    public CaseFilter {
        status = Objects.requireNonNullElse(status, Optional.empty());
        caseWorker = Objects.requireNonNullElse(caseWorker, Optional.empty());
    }

    public CaseFilter withStatus(CaseStatus value) {
        return new CaseFilter(Optional.ofNullable(value), caseWorker, overdueOnly);
    }

    public CaseFilter withCaseWorker(UserId value) {
        return new CaseFilter(status, Optional.ofNullable(value), overdueOnly);
    }

    public CaseFilter withOverdueOnly(boolean value) {
        return new CaseFilter(status, caseWorker, value);
    }
}
