package org.sessiontracking.application.attendance;

import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.UserId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryAttendanceRepositoryTest extends AttendanceRepositoryContract {

    private final InMemoryAttendanceRepository repository = new InMemoryAttendanceRepository();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected AttendanceRepository repository() {
        return repository;
    }

    @Override
    protected SessionId newSession() {
        return new SessionId(ids.incrementAndGet());
    }

    @Override
    protected RegistrantId newRegistrant() {
        return new RegistrantId(ids.incrementAndGet());
    }

    @Override
    protected UserId recorder() {
        return new UserId(7);
    }
}
