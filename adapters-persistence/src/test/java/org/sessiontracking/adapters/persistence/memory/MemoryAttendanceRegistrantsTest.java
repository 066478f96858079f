package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.attendance.AttendanceRegistrantsContract;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.Optional;

class MemoryAttendanceRegistrantsTest extends AttendanceRegistrantsContract {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));

    @Override
    protected AttendanceRegistrants registrants() {
        return memory.attendanceRegistrants();
    }

    @Override
    protected RegistrantSummary addGroup(String externalId, String name, String area) {
        RegistrantId id = data.registrant(externalId, name, RegistrantKind.GROUP, Optional.empty(), area, true);
        return new RegistrantSummary(id, externalId, name, "", area);
    }

    @Override
    protected RegistrantSummary addIndividual(String externalId, String name, RegistrantSummary group, String area) {
        RegistrantId id = data.registrant(externalId, name, RegistrantKind.INDIVIDUAL,
                Optional.ofNullable(group).map(RegistrantSummary::externalId), area, true);
        return new RegistrantSummary(id, externalId, name, group == null ? "" : group.name(), area);
    }

    @Override
    protected RegistrantSummary addInactive(String externalId, String name, String area) {
        RegistrantId id = data.registrant(externalId, name, RegistrantKind.INDIVIDUAL, Optional.empty(), area, false);
        return new RegistrantSummary(id, externalId, name, "", area);
    }
}
