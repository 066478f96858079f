package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.support.StoredData;
import org.sessiontracking.application.session.SessionRepositoryContract;
import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import static org.assertj.core.api.Assertions.assertThat;

class MemorySessionRepositoryTest extends SessionRepositoryContract {

    private final MemoryPersistence memory = new MemoryPersistence();
    private final StoredData data = new StoredData(MemoryPorts.of(memory));

    @Override
    protected SessionRepository repository() {
        return memory.sessions();
    }

    @Override
    protected SessionTypeRepository types() {
        return memory.sessionTypes();
    }

    @Override
    protected UserRepository users() {
        return memory.users();
    }

    /** Records through the attendance port: the attendance feature owns the records. */
    @Override
    protected void recordAttendance(SessionId session, int records) {
        UserId recorder = data.user("Recorder");
        for (int i = 0; i < records; i++) {
            data.record(session, data.registrant(), i % 2 == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                    recorder);
        }
        assertThat(memory.sessionAttendanceCount().countFor(session)).isEqualTo(records);
    }
}
