package org.sessiontracking.domain.attendance;

import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.CompliancePolicy;

/**
 * How many records of a session are Present, Absent and Excused. The session's attendance rate is the
 * compliance rule's, by the type's excused policy ({@link #under}): one rule, so that the Attendance
 * tab and the compliance screen never disagree.
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

    /** These counts under a type's compliance policy: attended, counted and the rate as compliance counts them. */
    public Compliance under(CompliancePolicy policy) {
        return policy.evaluate(new org.sessiontracking.domain.compliance.AttendanceCounts(present, absent, excused));
    }

    /** E.g. "Present 12 · Absent 3 · Excused 1". */
    public String summary() {
        return "Present " + present + " · Absent " + absent + " · Excused " + excused;
    }
}
