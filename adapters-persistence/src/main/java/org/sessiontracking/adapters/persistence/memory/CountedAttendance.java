package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attendance that compliance, curriculum and eligibility count: the records at the non-cancelled
 * sessions of one type between two dates (inclusive), by registrant, with each record's session.
 */
final class CountedAttendance {

    record Counted(AttendanceRecord record, Session session) {
    }

    private final Map<RegistrantId, List<Counted>> byRegistrant;

    private CountedAttendance(Map<RegistrantId, List<Counted>> byRegistrant) {
        this.byRegistrant = byRegistrant;
    }

    /** Reads the store; the caller holds it (inside {@link MemoryStore#atomically}). */
    static CountedAttendance of(MemoryStore store, SessionTypeId type, LocalDate from, LocalDate to) {
        Map<SessionId, Session> sessions = store.sessions.all().stream()
                .filter(session -> session.typeId().equals(type) && session.status() != SessionStatus.CANCELLED
                        && !session.date().isBefore(from) && !session.date().isAfter(to))
                .collect(Collectors.toMap(Session::id, Function.identity()));
        Map<RegistrantId, List<Counted>> byRegistrant = new HashMap<>();
        for (AttendanceRecord record : store.attendance.all()) {
            Session session = sessions.get(record.session());
            if (session != null) {
                byRegistrant.computeIfAbsent(record.registrant(), key -> new java.util.ArrayList<>())
                        .add(new Counted(record, session));
            }
        }
        return new CountedAttendance(byRegistrant);
    }

    /** The registrants with at least one counted record. */
    Set<RegistrantId> registrants() {
        return byRegistrant.keySet();
    }

    boolean has(RegistrantId registrant) {
        return byRegistrant.containsKey(registrant);
    }

    AttendanceCounts counts(RegistrantId registrant) {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (Counted counted : byRegistrant.getOrDefault(registrant, List.of())) {
            switch (counted.record().status()) {
                case PRESENT -> present++;
                case ABSENT -> absent++;
                case EXCUSED -> excused++;
            }
        }
        return new AttendanceCounts(present, absent, excused);
    }

    /** The topics among {@code topics} at whose sessions the registrant was Present. */
    Set<TopicId> coveredTopics(RegistrantId registrant, Set<TopicId> topics) {
        Set<TopicId> covered = new HashSet<>();
        for (Counted counted : byRegistrant.getOrDefault(registrant, List.of())) {
            if (counted.record().status() == org.sessiontracking.domain.attendance.AttendanceStatus.PRESENT) {
                counted.session().topic().filter(topics::contains).ifPresent(covered::add);
            }
        }
        return covered;
    }
}
