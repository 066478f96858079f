package org.sessiontracking.application.compliance;

import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.compliance.Outlook;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

import java.util.Objects;
import java.util.Optional;

/**
 * Which registrants the compliance list shows: those with at least one attendance record at a
 * non-cancelled session of {@code type} in {@code period}, optionally narrowed to one status, one
 * area (exact, ignoring case), the members of one group (household) and one early warning.
 */
public record ComplianceCriteria(SessionTypeId type, Period period, Optional<ComplianceStatus> status, String area,
                                 Optional<RegistrantId> group, Optional<EarlyWarning> warning) {

    public ComplianceCriteria {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        status = Objects.requireNonNullElse(status, Optional.empty());
        area = area == null ? "" : area.strip();
        group = Objects.requireNonNullElse(group, Optional.empty());
        warning = Objects.requireNonNullElse(warning, Optional.empty());
    }

    public ComplianceCriteria(SessionTypeId type, Period period, Optional<ComplianceStatus> status, String area,
                              Optional<RegistrantId> group) {
        this(type, period, status, area, group, Optional.empty());
    }

    public static ComplianceCriteria of(SessionTypeId type, Period period) {
        return new ComplianceCriteria(type, period, Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    public ComplianceCriteria withStatus(ComplianceStatus value) {
        return new ComplianceCriteria(type, period, Optional.ofNullable(value), area, group, warning);
    }

    public ComplianceCriteria withArea(String value) {
        return new ComplianceCriteria(type, period, status, value, group, warning);
    }

    /** Only the members of this group (household); {@code null} for any group. */
    public ComplianceCriteria withGroup(RegistrantId value) {
        return new ComplianceCriteria(type, period, status, area, Optional.ofNullable(value), warning);
    }

    /** Only the registrants this early warning lists; {@code null} for everyone. */
    public ComplianceCriteria withWarning(EarlyWarning value) {
        return new ComplianceCriteria(type, period, status, area, group, Optional.ofNullable(value));
    }

    /**
     * The early warnings of a period (issue 12): by {@link org.sessiontracking.domain.compliance.Outlook}
     * over the sessions still to be held, or by the run of absences at the period's end
     * ({@link org.sessiontracking.domain.attendance.AbsenceRun}) reaching the type's
     * {@link org.sessiontracking.domain.compliance.CompliancePolicy#absenceWarning()}.
     */
    public enum EarlyWarning {
        CANNOT_REACH("Cannot reach the threshold any more", Outlook.CANNOT_REACH),
        AT_RISK("At risk: one more absence makes them non-compliant", Outlook.AT_RISK),
        ABSENCES_IN_A_ROW("Absences in a row", null);

        private final String label;
        private final Outlook outlook;

        EarlyWarning(String label, Outlook outlook) {
            this.label = label;
            this.outlook = outlook;
        }

        public String label() {
            return label;
        }

        /** The outlook this warning lists; empty for the run of absences. */
        public Optional<Outlook> outlook() {
            return Optional.ofNullable(outlook);
        }
    }

    /** The properties the compliance list can be sorted by (allow-listed by the adapter). */
    public enum SortProperty {
        rate, name, area, counted
    }
}
