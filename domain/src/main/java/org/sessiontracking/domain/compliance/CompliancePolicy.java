package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.util.Objects;

/**
 * What a session type asks of its registrants: the required attendance (a whole percentage) and how
 * Excused records count.
 */
public record CompliancePolicy(int requiredPercent, ExcusedPolicy excusedPolicy) {

    public CompliancePolicy {
        if (requiredPercent < 0 || requiredPercent > 100) {
            throw new InvalidValueException("requiredAttendance",
                    "Required attendance must be between 0 and 100, got " + requiredPercent);
        }
        excusedPolicy = Objects.requireNonNullElse(excusedPolicy, ExcusedPolicy.LEFT_OUT);
    }

    public static CompliancePolicy of(SessionType type) {
        return new CompliancePolicy(type.details().requiredAttendance(), type.details().excusedPolicy());
    }

    /** Applies the rule to one registrant's counts. */
    public Compliance evaluate(AttendanceCounts counts) {
        return Compliance.of(counts, this);
    }
}
