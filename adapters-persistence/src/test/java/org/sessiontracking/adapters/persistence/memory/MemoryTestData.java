package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/**
 * Puts the rows a contract's test refers to into the in-memory adapter through its own ports, as the
 * jOOQ tests insert them with SQL (registrants, types, users, sessions and records owned by other features).
 */
final class MemoryTestData {

    private static final AtomicLong UNIQUE = new AtomicLong();

    private final MemoryPersistence memory;

    MemoryTestData(MemoryPersistence memory) {
        this.memory = memory;
    }

    RegistrantId registrant(String externalId, String name, RegistrantKind kind, Optional<String> group, String area,
                            boolean active) {
        memory.registrantImports().store(List.of(new ImportedRegistrant(new ExternalId(externalId),
                new RegistrantDetails(name, kind, area, Optional.empty(), Optional.empty()), group,
                Optional.of(active))));
        return memory.registrants().findByExternalIds(List.of(externalId)).getFirst().id();
    }

    RegistrantId registrant() {
        long n = UNIQUE.incrementAndGet();
        return registrant("MEM-" + n, "Registrant " + n, RegistrantKind.INDIVIDUAL, Optional.empty(), "North", true);
    }

    UserId user(String displayName) {
        UserId id = memory.users().nextId();
        memory.users().add(User.create(id, new Username("user" + UNIQUE.incrementAndGet()), displayName, "x",
                Role.STAFF));
        return id;
    }

    SessionTypeId sessionType(String name) {
        SessionTypeId id = memory.sessionTypes().nextId();
        memory.sessionTypes().add(aSessionType().id(id.value()).name(name)
                .code("T" + UNIQUE.incrementAndGet()).withoutTopicTracking().build());
        return id;
    }

    SessionId session(SessionTypeId typeId, LocalDate date, SessionStatus status, UserId facilitator) {
        SessionType type = memory.sessionTypes().findById(typeId).orElseThrow();
        SessionId id = memory.sessions().nextId();
        memory.sessions().addAll(List.of(Session.create(id, type, aSessionPlan().date(date).facilitator(facilitator)
                .build())));
        if (status != SessionStatus.SCHEDULED) {
            Session session = memory.sessions().findById(id).orElseThrow();
            switch (status) {
                case IN_PROGRESS -> session.start();
                case COMPLETED -> session.complete();
                case CANCELLED -> session.cancel("Typhoon");
                default -> throw new IllegalArgumentException(status.name());
            }
            memory.sessions().update(session);
        }
        return id;
    }

    SessionId session(UserId facilitator) {
        return session(sessionType("Type " + UNIQUE.incrementAndGet()), LocalDate.of(2026, 3, 14),
                SessionStatus.IN_PROGRESS, facilitator);
    }

    void record(SessionId session, RegistrantId registrant, AttendanceStatus status, UserId by) {
        memory.attendance().store(session, List.of(new AttendanceSheet.Write(new AttendanceChange(session, registrant,
                Optional.empty(), Optional.of(status), "", by, Instant.parse("2026-03-14T17:00:00Z")),
                Optional.empty())));
    }
}
