package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.attendance.AttendanceRepositoryContract;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

class MemoryAttendanceRepositoryTest extends AttendanceRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));
    private final UserId recorder = data.user("Field Officer");

    @Override
    protected AttendanceRepository repository() {
        return memory.attendance();
    }

    @Override
    protected SessionId newSession() {
        return data.session(recorder);
    }

    @Override
    protected RegistrantId newRegistrant() {
        return data.registrant();
    }

    @Override
    protected UserId recorder() {
        return recorder;
    }
}
