package org.sessiontracking.application.verification;

import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.Objects;
import java.util.Optional;

/**
 * One registrant's line of a frozen compliance list, as it was when the period was closed (names
 * included: a later change of the registry does not change a frozen list).
 *
 * @param missing  the registrant's missing records at the closing (an enrolled registrant's held sessions
 *                 without a record: {@link org.sessiontracking.application.compliance.ComplianceRow#missing()})
 * @param previous the same registrant's line in the version before, when there is one and it differs
 *                 ({@link Previous#absent()} when the registrant was not on it)
 */
public record FrozenRow(RegistrantId registrant, String externalId, String name, String area, String group,
                        AttendanceCounts counts, int attended, int counted, ComplianceStatus status, int missing,
                        Optional<Previous> previous) {

    public FrozenRow {
        Objects.requireNonNull(registrant, "registrant");
        previous = Objects.requireNonNullElse(previous, Optional.empty());
    }

    /** The same line with the version before's line beside it. */
    public FrozenRow withPrevious(Previous before) {
        return new FrozenRow(registrant, externalId, name, area, group, counts, attended, counted, status, missing,
                Optional.of(before));
    }

    public String rateText() {
        return Compliance.rateText(attended, counted);
    }

    /** A line of the version before, for "changed since"; {@code counts} empty when the registrant was not on it. */
    public record Previous(Optional<AttendanceCounts> counts, Optional<ComplianceStatus> status, int attended,
                           int counted) {
        public static Previous absent() {
            return new Previous(Optional.empty(), Optional.empty(), 0, 0);
        }

        public String describe() {
            return counts.map(c -> "was " + Compliance.rateText(attended, counted) + " "
                    + status.map(ComplianceStatus::label).orElse("") + " (P " + c.present() + ", A " + c.absent()
                    + ", E " + c.excused() + ")").orElse("not on the version before");
        }
    }
}
