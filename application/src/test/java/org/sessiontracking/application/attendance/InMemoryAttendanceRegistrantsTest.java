package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;

class InMemoryAttendanceRegistrantsTest extends AttendanceRegistrantsContract {

    private final InMemoryAttendanceRegistrants registrants = new InMemoryAttendanceRegistrants();

    @Override
    protected AttendanceRegistrants registrants() {
        return registrants;
    }

    @Override
    protected RegistrantSummary addGroup(String externalId, String name, String area) {
        return registrants.addGroup(externalId, name, area);
    }

    @Override
    protected RegistrantSummary addIndividual(String externalId, String name, RegistrantSummary group, String area) {
        return registrants.addIndividual(externalId, name, group, area);
    }

    @Override
    protected RegistrantSummary addInactive(String externalId, String name, String area) {
        return registrants.addInactive(externalId, name, area);
    }
}
