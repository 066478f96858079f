package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.common.InvalidValueException;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeDetails;

import java.util.Objects;
import java.util.Optional;

/**
 * What a session type asks of its registrants: the required attendance (a whole percentage) and how
 * Excused records count; after how many absences in a row the early warning lists a registrant; and how
 * an enrolled registrant's held session without a record counts ({@link Compliance#of(AttendanceCounts, int, CompliancePolicy)}).
 */
public record CompliancePolicy(int requiredPercent, ExcusedPolicy excusedPolicy, int absenceWarning,
                               MissingRecordPolicy missingRecordPolicy) {

    public CompliancePolicy {
        if (requiredPercent < 0 || requiredPercent > 100) {
            throw new InvalidValueException("requiredAttendance",
                    "Required attendance must be between 0 and 100, got " + requiredPercent);
        }
        excusedPolicy = Objects.requireNonNullElse(excusedPolicy, ExcusedPolicy.LEFT_OUT);
        if (absenceWarning < 1) {
            throw new InvalidValueException("absenceWarning",
                    "Absences in a row for a warning must be at least 1, got " + absenceWarning);
        }
        missingRecordPolicy = Objects.requireNonNullElse(missingRecordPolicy, MissingRecordPolicy.LISTED_AS_NO_RECORD);
    }

    /** A policy listing missing records as No record (the default). */
    public CompliancePolicy(int requiredPercent, ExcusedPolicy excusedPolicy, int absenceWarning) {
        this(requiredPercent, excusedPolicy, absenceWarning, MissingRecordPolicy.LISTED_AS_NO_RECORD);
    }

    /** A policy warning after the default number of absences in a row. */
    public CompliancePolicy(int requiredPercent, ExcusedPolicy excusedPolicy) {
        this(requiredPercent, excusedPolicy, SessionTypeDetails.DEFAULT_ABSENCE_WARNING);
    }

    public static CompliancePolicy of(SessionType type) {
        return new CompliancePolicy(type.details().requiredAttendance(), type.details().excusedPolicy(),
                type.details().absenceWarning(), type.details().missingRecordPolicy());
    }

    /** The early warning for a registrant with {@code compliance} so far and {@code remaining} sessions left. */
    public Optional<Outlook> outlook(Compliance compliance, int remaining) {
        return Outlook.of(compliance.attended(), compliance.counted(), remaining, requiredPercent);
    }

    /** Applies the rule to one registrant's counts. */
    public Compliance evaluate(AttendanceCounts counts) {
        return Compliance.of(counts, this);
    }

    /** Applies the rule to one registrant's counts and missing records. */
    public Compliance evaluate(AttendanceCounts counts, int missing) {
        return Compliance.of(counts, missing, this);
    }
}
