package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which registrants the compliance list shows: those with at least one attendance record at a
 * non-cancelled session of {@code type} in {@code period}, optionally narrowed to one status, one
 * area (exact, ignoring case) and the members of one group (household).
 */
public record ComplianceCriteria(SessionTypeId type, Period period, Optional<ComplianceStatus> status, String area,
                                 Optional<RegistrantId> group) {

    public ComplianceCriteria {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        status = Objects.requireNonNullElse(status, Optional.empty());
        area = area == null ? "" : area.strip();
        group = Objects.requireNonNullElse(group, Optional.empty());
    }

    public static ComplianceCriteria of(SessionTypeId type, Period period) {
        return new ComplianceCriteria(type, period, Optional.empty(), "", Optional.empty());
    }

    public ComplianceCriteria withStatus(ComplianceStatus value) {
        return new ComplianceCriteria(type, period, Optional.ofNullable(value), area, group);
    }

    public ComplianceCriteria withArea(String value) {
        return new ComplianceCriteria(type, period, status, value, group);
    }

    /** Only the members of this group (household); {@code null} for any group. */
    public ComplianceCriteria withGroup(RegistrantId value) {
        return new ComplianceCriteria(type, period, status, area, Optional.ofNullable(value));
    }

    /** The properties the compliance list can be sorted by (allow-listed by the adapter). */
    public enum SortProperty {
        rate, name, area, counted
    }
}
