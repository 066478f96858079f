package org.sessiontracking.application.support;

import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.ExternalId;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionPlan;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.ExcusedPolicy;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.Topic;
import org.sessiontracking.domain.sessiontype.TopicId;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.UserId;
import org.sessiontracking.domain.user.Username;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.sessiontracking.domain.session.SessionPlanBuilder.aSessionPlan;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

/**
 * Arranges the rows a contract's test refers to through an adapter's own {@link StoragePorts}: types,
 * users, registrants, sessions, attendance records and flags. Names and ids carry a unique tag, so that
 * a store shared with other tests (the PostgreSQL of the persistence tests) may hold others.
 */
public final class StoredData {

    public static final Instant RECORDED_AT = Instant.parse("2026-03-14T17:00:00Z");

    private final StoragePorts ports;
    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    private int serial;

    public StoredData(StoragePorts ports) {
        this.ports = ports;
    }

    /** A text unique to this fixture, for names the test must tell apart from other tests'. */
    public String unique(String prefix) {
        return prefix + "-" + tag + "-" + ++serial;
    }

    public UserId user(String displayName) {
        UserId id = ports.users().nextId();
        ports.users().add(User.create(id, new Username(unique("user").toLowerCase(java.util.Locale.ROOT)), displayName,
                "x", Role.STAFF));
        return id;
    }

    /** A type without topics; its name and code are unique. */
    public SessionType sessionType(String name, int requiredPercent, ExcusedPolicy policy) {
        return sessionType(name, requiredPercent, policy, List.of());
    }

    /** A type; with topic names, a topic-tracking one. */
    public SessionType sessionType(String name, int requiredPercent, ExcusedPolicy policy, List<String> topicNames) {
        return newType(unique(name), requiredPercent, policy, topicNames);
    }

    /** A type without topics named exactly {@code name} (the caller makes it unique). */
    public SessionTypeId sessionType(String name) {
        return newType(name, 80, ExcusedPolicy.LEFT_OUT, List.of()).id();
    }

    private SessionType newType(String name, int requiredPercent, ExcusedPolicy policy, List<String> topicNames) {
        SessionTypeId id = ports.types().nextId();
        List<Topic> topics = new ArrayList<>();
        for (String topic : topicNames) {
            topics.add(new Topic(ports.types().nextTopicId(), topic, true));
        }
        var details = aSessionType().name(name).code("C" + tag.substring(0, 4) + ++serial)
                .requiredAttendance(requiredPercent).excusedPolicy(policy).details();
        ports.types().add(SessionType.create(id, details, !topics.isEmpty(), topics));
        return ports.types().findById(id).orElseThrow();
    }

    public RegistrantId registrant(String externalId, String name, RegistrantKind kind, Optional<String> group,
                                   String area, boolean active) {
        return registrant(externalId, new RegistrantDetails(name, kind, area, Optional.empty(), Optional.empty()),
                group, active);
    }

    public RegistrantId registrant(String externalId, RegistrantDetails details, Optional<String> group,
                                   boolean active) {
        ports.imports().store(List.of(new ImportedRegistrant(new ExternalId(externalId), details, group,
                Optional.of(active))));
        return ports.registrants().findByExternalIds(List.of(externalId)).getFirst().id();
    }

    /** An active individual with a unique external id, in {@code area}. */
    public RegistrantId registrant(String name, String area) {
        return registrant(unique("R"), name, RegistrantKind.INDIVIDUAL, Optional.empty(), area, true);
    }

    public RegistrantId registrant() {
        return registrant("Registrant " + tag, "North");
    }

    public RegistrantId person(String name, String area, Sex sex, LocalDate birthDate, boolean active) {
        return registrant(unique("P"), new RegistrantDetails(name, RegistrantKind.INDIVIDUAL, area, Optional.of(sex),
                Optional.of(birthDate)), Optional.empty(), active);
    }

    /** A session of the type on the date, brought to the status (scheduled, in progress, completed, cancelled). */
    public SessionId session(SessionType type, LocalDate date, SessionStatus status, UserId facilitator,
                             Optional<TopicId> topic, Set<UserId> coFacilitators) {
        return session(type, date, status, facilitator, topic, coFacilitators, "North");
    }

    /** A session held in {@code area} ("" for a session open to every area). */
    public SessionId sessionIn(String area, SessionType type, LocalDate date, SessionStatus status,
                               UserId facilitator) {
        return session(type, date, status, facilitator, Optional.empty(), Set.of(), area);
    }

    private SessionId session(SessionType type, LocalDate date, SessionStatus status, UserId facilitator,
                              Optional<TopicId> topic, Set<UserId> coFacilitators, String area) {
        SessionId id = ports.sessions().nextId();
        var plan = aSessionPlan().date(date).facilitator(facilitator).area(area)
                .coFacilitators(coFacilitators.toArray(UserId[]::new));
        topic.ifPresent(plan::topic);
        SessionPlan built = plan.build();
        ports.sessions().addAll(List.of(Session.create(id, type, built)));
        if (status != SessionStatus.SCHEDULED) {
            Session session = ports.sessions().findById(id).orElseThrow();
            switch (status) {
                case IN_PROGRESS -> session.start();
                case COMPLETED -> {
                    session.start();
                    session.complete();
                }
                case CANCELLED -> session.cancel("Typhoon");
                default -> throw new IllegalArgumentException(status.name());
            }
            ports.sessions().update(session);
        }
        return id;
    }

    public SessionId session(SessionType type, LocalDate date, SessionStatus status, UserId facilitator) {
        return session(type, date, status, facilitator, Optional.empty(), Set.of());
    }

    /** A session in progress of a new type, for tests that only need somewhere to record. */
    public SessionId session(UserId facilitator) {
        return session(sessionType("Type", 80, ExcusedPolicy.LEFT_OUT), LocalDate.of(2026, 3, 14),
                SessionStatus.IN_PROGRESS, facilitator);
    }

    /** A first record of the registrant at the session. */
    public void record(SessionId session, RegistrantId registrant, AttendanceStatus status, UserId by) {
        ports.attendance().store(session, List.of(new AttendanceSheet.Write(new AttendanceChange(session, registrant,
                Optional.empty(), Optional.of(status), status == AttendanceStatus.EXCUSED ? "Sick" : "", by,
                RECORDED_AT), Optional.empty())));
    }

    public ComplianceFlagId flag(RegistrantId registrant, SessionTypeId type, UserId by, boolean resolved) {
        ComplianceFlagId id = ports.flags().nextId();
        ComplianceFlag flag = ComplianceFlag.raise(id, registrant, type, FlagKind.FOLLOW_UP, "Home visit", by,
                RECORDED_AT);
        ports.flags().add(flag);
        if (resolved) {
            ComplianceFlag stored = ports.flags().findById(id).orElseThrow();
            stored.resolve(by, RECORDED_AT.plusSeconds(60), "Visited");
            ports.flags().update(stored);
        }
        return id;
    }
}
