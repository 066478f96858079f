package org.sessiontracking.domain.attendance;

/** How a registrant took part in one session (user guide, "Attendance records"). */
public enum AttendanceStatus {
    PRESENT("Present"),
    ABSENT("Absent"),
    EXCUSED("Excused");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
