package org.sessiontracking.adapters.persistence.attendance;

import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.attendance.AttendanceRegistrantsContract;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.domain.registrant.RegistrantId;

class JooqAttendanceRegistrantsTest extends AttendanceRegistrantsContract {

    private final AttendanceTestData data = new AttendanceTestData(TestDatabase.dsl());
    private final JooqAttendanceRegistrants registrants = new JooqAttendanceRegistrants(TestDatabase.dsl());

    @Override
    protected AttendanceRegistrants registrants() {
        return registrants;
    }

    @Override
    protected RegistrantSummary addGroup(String externalId, String name, String area) {
        RegistrantId id = data.registrant(externalId, name, "GROUP", null, area, true);
        return new RegistrantSummary(id, externalId, name, "", area);
    }

    @Override
    protected RegistrantSummary addIndividual(String externalId, String name, RegistrantSummary group, String area) {
        RegistrantId id = data.registrant(externalId, name, "INDIVIDUAL", group == null ? null : group.id(), area, true);
        return new RegistrantSummary(id, externalId, name, group == null ? "" : group.name(), area);
    }

    @Override
    protected RegistrantSummary addInactive(String externalId, String name, String area) {
        RegistrantId id = data.registrant(externalId, name, "INDIVIDUAL", null, area, false);
        return new RegistrantSummary(id, externalId, name, "", area);
    }
}
