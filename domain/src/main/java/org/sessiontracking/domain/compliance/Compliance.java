package org.sessiontracking.domain.compliance;

import org.sessiontracking.domain.sessiontype.MissingRecordPolicy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The compliance of one registrant with one session type over one period (product.md, "Compliance"):
 * <ul>
 *   <li>by the excused policy: left out: attended = P, counted = P + A; counts as present:
 *       attended = P + E, counted = P + A + E; counts as absent: attended = P, counted = P + A + E;</li>
 *   <li>status, in this order of precedence: Not required when the type requires 0% (whatever the
 *       data: nobody has to attend, so a lack of records is no concern either); No data when counted is
 *       0; Compliant when attended x 100 >= required x counted, compared exactly in integers (4 of 5 at
 *       80% is compliant); Non-compliant otherwise.</li>
 * </ul>
 * An enrolled registrant's missing records ({@link org.sessiontracking.domain.attendance.CountedRecords#missing})
 * count as that many more Absent records when the type's missing-record policy is COUNTS_AS_ABSENT; when
 * it is LISTED_AS_NO_RECORD they do not count and are only carried ({@code missing}) for the list to show.
 * {@code counts} are always the records' own P, A and E.
 * The database computes the same rule in SQL for many registrants at once; a persistence test checks
 * both agree.
 */
public record Compliance(AttendanceCounts counts, int attended, int counted, int requiredPercent,
                         ComplianceStatus status, int missing) {

    public Compliance {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(status, "status");
        if (missing < 0) {
            throw new IllegalArgumentException("missing records must not be negative, got " + missing);
        }
    }

    /** Compliance without missing records. */
    public Compliance(AttendanceCounts counts, int attended, int counted, int requiredPercent,
                      ComplianceStatus status) {
        this(counts, attended, counted, requiredPercent, status, 0);
    }

    public static Compliance of(AttendanceCounts counts, CompliancePolicy policy) {
        return of(counts, 0, policy);
    }

    /** The rule on the records' counts and the registrant's {@code missing} records (0 when not enrolled). */
    public static Compliance of(AttendanceCounts counts, int missing, CompliancePolicy policy) {
        int p = counts.present();
        int a = counts.absent() + (policy.missingRecordPolicy() == MissingRecordPolicy.COUNTS_AS_ABSENT ? missing : 0);
        int e = counts.excused();
        int attended;
        int counted;
        switch (policy.excusedPolicy()) {
            case LEFT_OUT -> {
                attended = p;
                counted = p + a;
            }
            case COUNTS_AS_PRESENT -> {
                attended = p + e;
                counted = p + a + e;
            }
            case COUNTS_AS_ABSENT -> {
                attended = p;
                counted = p + a + e;
            }
            default -> throw new IllegalStateException("unknown policy " + policy.excusedPolicy());
        }
        return new Compliance(counts, attended, counted, policy.requiredPercent(),
                status(attended, counted, policy.requiredPercent()), missing);
    }

    /** The rule itself, on the derived numbers; exposed so that other computations can be checked against it. */
    public static ComplianceStatus status(int attended, int counted, int requiredPercent) {
        if (requiredPercent == 0) {
            return ComplianceStatus.NOT_REQUIRED;
        }
        if (counted == 0) {
            return ComplianceStatus.NO_DATA;
        }
        return (long) attended * 100 >= (long) requiredPercent * counted
                ? ComplianceStatus.COMPLIANT : ComplianceStatus.NON_COMPLIANT;
    }

    /** attended / counted between 0 and 1; empty when nothing was counted. */
    public OptionalDouble rate() {
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended / counted);
    }

    /** The rate as a percentage with one decimal, rounded half up (2 of 3 is 66.7); empty when nothing was counted. */
    public Optional<BigDecimal> ratePercent() {
        return ratePercent(attended, counted);
    }

    public static Optional<BigDecimal> ratePercent(int attended, int counted) {
        if (counted == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(attended).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP));
    }

    /** "80.0%", or an en dash when nothing was counted. */
    public String rateText() {
        return rateText(attended, counted);
    }

    public static String rateText(int attended, int counted) {
        return ratePercent(attended, counted).map(rate -> rate.toPlainString() + "%").orElse("\u2013");
    }
}
