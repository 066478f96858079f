package org.sessiontracking.adapters.persistence.memory;

import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.CountedRecords;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.Session;
import org.sessiontracking.domain.session.SessionStatus;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.sessiontype.TopicId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attendance that compliance, curriculum and eligibility count ({@link CountedRecords}: the records
 * at the non-cancelled sessions of one type between two dates, inclusive, less those that exemptions
 * leave out), by registrant, with each record's session.
 */
final class CountedAttendance {

    record Counted(AttendanceRecord record, Session session) {
    }

    private final Map<RegistrantId, List<Counted>> byRegistrant;
    private final SessionTypeId type;
    private final LocalDate from;
    private final LocalDate to;

    private CountedAttendance(Map<RegistrantId, List<Counted>> byRegistrant, SessionTypeId type, LocalDate from,
                              LocalDate to) {
        this.byRegistrant = byRegistrant;
        this.type = type;
        this.from = from;
        this.to = to;
    }

    /** Reads the store; the caller holds it (inside {@link MemoryStore#atomically}). Which records count is the domain's rule. */
    static CountedAttendance of(MemoryStore store, SessionTypeId type, LocalDate from, LocalDate to) {
        Map<RegistrantId, List<Counted>> byRegistrant = new HashMap<>();
        for (AttendanceRecord record : store.attendance.all()) {
            Session session = store.sessions.get(record.session()).orElseThrow();
            if (CountedRecords.counts(counted(record, session, !covering(store, record, session).isEmpty()), type,
                    from, to)) {
                byRegistrant.computeIfAbsent(record.registrant(), key -> new java.util.ArrayList<>())
                        .add(new Counted(record, session));
            }
        }
        return new CountedAttendance(byRegistrant, type, from, to);
    }

    /** The exemptions that cover the record's registrant (in their area as it is now) at its session. */
    static List<Exemption> covering(MemoryStore store, AttendanceRecord record, Session session) {
        List<MemoryExemptionRepository.Stored> all = store.exemptions.all();
        if (all.isEmpty()) {
            return List.of();
        }
        String area = store.registrants.get(record.registrant()).map(registrant -> registrant.details().area())
                .orElse("");
        return all.stream().map(MemoryExemptionRepository.Stored::exemption)
                .filter(exemption -> exemption.covers(record.registrant(), area, session.typeId(), session.date()))
                .toList();
    }

    static CountedRecords.AttendanceRecord counted(AttendanceRecord record, Session session, boolean exempt) {
        return new CountedRecords.AttendanceRecord(session.typeId(), session.date(),
                session.status() == SessionStatus.CANCELLED, record.status(), exempt);
    }

    /** The registrants with at least one counted record. */
    Set<RegistrantId> registrants() {
        return byRegistrant.keySet();
    }

    boolean has(RegistrantId registrant) {
        return byRegistrant.containsKey(registrant);
    }

    /** The counted records' P, A and E (all of them count: exempt ones that do not were left out already). */
    AttendanceCounts counts(RegistrantId registrant) {
        return CountedRecords.tally(records(registrant), type, from, to);
    }

    /** The registrant's counted records, as the domain's rules read them (exempt ones that do not count left out). */
    List<CountedRecords.AttendanceRecord> records(RegistrantId registrant) {
        return byRegistrant.getOrDefault(registrant, List.of()).stream()
                .map(counted -> counted(counted.record(), counted.session(), false)).toList();
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
