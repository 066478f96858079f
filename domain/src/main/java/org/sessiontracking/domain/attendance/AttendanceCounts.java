package org.sessiontracking.domain.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many records of a session are Present, Absent and Excused, and the session's attendance rate:
 * present out of all records (Excused counted as not present; the type's excused policy applies to
 * compliance, not to this summary).
 */
public record AttendanceCounts(int present, int absent, int excused) {

    public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0);

    public static AttendanceCounts of(Iterable<AttendanceStatus> statuses) {
        int p = 0;
        int a = 0;
        int e = 0;
        for (AttendanceStatus status : statuses) {
            switch (status) {
                case PRESENT -> p++;
                case ABSENT -> a++;
                case EXCUSED -> e++;
            }
        }
        return new AttendanceCounts(p, a, e);
    }

    public int total() {
        return present + absent + excused;
    }

    public int of(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> present;
            case ABSENT -> absent;
            case EXCUSED -> excused;
        };
    }

    /** Present as a percentage of all records with one decimal; empty when there are no records. */
    public Optional<BigDecimal> ratePercent() {
        if (total() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(present * 100L)
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP));
    }

    /** E.g. "Present 12 · Absent 3 · Excused 1 · Rate 75.0%". */
    public String summary() {
        return "Present " + present + " · Absent " + absent + " · Excused " + excused
                + " · Rate " + ratePercent().map(rate -> rate.toPlainString() + "%").orElse("–");
    }
}
