package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.adapters.persistence.demo.DemoData;
import org.sessiontracking.application.graduation.port.out.GraduationPathwayRepository;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.Registrant;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Loads the {@link DemoData demo data set} into the in-memory store, in one unit of work. */
public final class MemoryDemoData implements DemoData.Loader {

    private final MemoryStore store;
    private final Clock clock;

    public MemoryDemoData(MemoryPersistence memory, Clock clock) {
        this.store = memory.store();
        this.clock = clock;
    }

    @Override
    public DemoData.Result load(String demoPasswordHash) {
        return store.atomically(() -> DemoData.load(new Tables(), clock, demoPasswordHash));
    }

    /** The demo data's rows as rows of the store's tables. */
    private final class Tables implements DemoData.Target {

        @Override
        public boolean hasDemoRegistrants() {
            return store.registrants.all().stream().anyMatch(r -> r.externalId().value().startsWith("DEMO-"));
        }

        @Override
        public DemoData.TypeRef type(String code) {
            SessionType type = store.types.all().stream()
                    .filter(candidate -> candidate.details().code().filter(code::equalsIgnoreCase).isPresent())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo data needs the pre-configured session type "
                            + "with code " + code + ", which no longer exists"));
            List<Topic> topics = type.topicTracking() ? type.topics().stream().filter(Topic::active).toList() : List.of();
            return new DemoData.TypeRef(type.id().value(), type.details().code().orElseThrow(),
                    type.details().durationHours(), topics.stream().map(topic -> topic.id().value()).toList(),
                    topics.stream().map(Topic::name).toList());
        }

        @Override
        public long user(String username, String displayName, String role, String passwordHash, boolean[] created) {
            Optional<User> existing = store.users.all().stream()
                    .filter(user -> user.username().value().equalsIgnoreCase(username)).findFirst();
            if (existing.isPresent()) {
                return existing.get().id().value();
            }
            created[0] = true;
            UserId id = new UserId(store.userIds.incrementAndGet());
            store.users.put(id, User.reconstitute(id, new Username(username), displayName, passwordHash,
                    Role.valueOf(role), true, Version.NEW));
            return id.value();
        }

        @Override
        public long registrant(String externalId, String name, String kind, Long group, String area, String sex,
                               LocalDate birthDate) {
            RegistrantId id = new RegistrantId(store.registrantIds.incrementAndGet());
            store.registrants.put(id, Registrant.reconstitute(id, new ExternalId(externalId),
                    new RegistrantDetails(name, RegistrantKind.valueOf(kind), area,
                            Optional.ofNullable(sex).map(Sex::valueOf), Optional.ofNullable(birthDate)),
                    Optional.ofNullable(group).map(RegistrantId::new), true, Version.NEW));
            return id.value();
        }

        @Override
        public long session(DemoData.NewSession session) {
            SessionId id = new SessionId(store.sessionIds.incrementAndGet());
            SessionPlan plan = new SessionPlan(Optional.of(session.title()), session.date(),
                    Optional.of(session.start()), Optional.of(session.end()), Optional.of(session.durationHours()),
                    session.location(), session.area(), Optional.of(new UserId(session.facilitator())), Set.of(),
                    List.of(), session.topic().map(TopicId::new), session.notes());
            store.sessions.put(id, Session.reconstitute(id, new SessionTypeId(session.type()), plan,
                    SessionStatus.valueOf(session.status()), session.cancelReason(), Version.NEW));
            return id.value();
        }

        @Override
        public void attendance(long session, long recordedBy, LocalDate date, List<DemoData.NewRecord> records) {
            Instant recordedAt = date.atTime(17, 0).toInstant(ZoneOffset.UTC);
            SessionId sessionId = new SessionId(session);
            UserId recorder = new UserId(recordedBy);
            for (DemoData.NewRecord record : records) {
                RegistrantId registrant = new RegistrantId(record.registrant());
                AttendanceStatus status = AttendanceStatus.valueOf(record.status());
                store.attendance.put(new MemoryStore.AttendanceKey(sessionId, registrant), new AttendanceRecord(
                        sessionId, registrant, status, record.reason(), recorder, recordedAt, Version.NEW));
                store.appendHistory(new AttendanceChange(sessionId, registrant, Optional.empty(), Optional.of(status),
                        record.reason(), recorder, recordedAt));
            }
        }

        @Override
        public GraduationPathwayRepository pathways() {
            return new MemoryGraduationPathwayRepository(store);
        }
    }
}
