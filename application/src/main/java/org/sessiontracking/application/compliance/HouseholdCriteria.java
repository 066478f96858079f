package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which households the compliance list by household shows: those with at least one member with a
 * record at a non-cancelled session of {@code type} in {@code period} (as the list of registrants
 * shows those with a record), optionally of one area (exact, ignoring case) and one household status.
 */
public record HouseholdCriteria(SessionTypeId type, Period period, String area, Optional<ComplianceStatus> status) {

    public HouseholdCriteria {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        area = area == null ? "" : area.strip();
        status = Objects.requireNonNullElse(status, Optional.empty());
    }

    public static HouseholdCriteria of(SessionTypeId type, Period period) {
        return new HouseholdCriteria(type, period, "", Optional.empty());
    }

    public HouseholdCriteria withArea(String value) {
        return new HouseholdCriteria(type, period, value, status);
    }

    public HouseholdCriteria withStatus(ComplianceStatus value) {
        return new HouseholdCriteria(type, period, area, Optional.ofNullable(value));
    }
}
