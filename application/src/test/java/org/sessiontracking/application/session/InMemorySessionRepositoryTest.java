package org.sessiontracking.application.session;

import org.sessiontracking.application.session.port.out.SessionRepository;
import org.sessiontracking.application.sessiontype.InMemorySessionTypeRepository;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.InMemoryUserRepository;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.domain.session.SessionId;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemorySessionTypeRepository types = new InMemorySessionTypeRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySessionAttendance attendance = new InMemorySessionAttendance();
    private final InMemorySessionRepository repository = new InMemorySessionRepository(types, users, attendance);

    @Override
    protected SessionRepository repository() {
        return repository;
    }

    @Override
    protected SessionTypeRepository types() {
        return types;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected void recordAttendance(SessionId session, int records) {
        attendance.setRecords(session, records);
    }
}
