package org.sessiontracking.domain.compliance;

/**
 * How many of a registrant's attendance records, at the counted sessions of one type in one period,
 * are Present (P), Absent (A) and Excused (E).
 */
public record AttendanceCounts(int present, int absent, int excused) {

    public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0);

    public AttendanceCounts {
        if (present < 0 || absent < 0 || excused < 0) {
            throw new IllegalArgumentException("counts must not be negative, got P=" + present + " A=" + absent
                    + " E=" + excused);
        }
    }

    /** All records, whatever their status. */
    public int records() {
        return present + absent + excused;
    }
}
