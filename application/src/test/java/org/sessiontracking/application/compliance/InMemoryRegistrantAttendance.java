package org.sessiontracking.application.compliance;

import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.sessiontype.SessionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one-registrant side of {@link ComplianceQuery} in memory: registrants and their attendance
 * records at sessions of given types. Counts how often the attendance is read, so that a test can
 * pin that a page reads it once. The set-based list queries are not faked.
 */
public final class InMemoryRegistrantAttendance implements ComplianceQuery {

    private final Map<RegistrantId, RegistrantSummary> registrants = new HashMap<>();
    private final Map<RegistrantId, List<AttendanceLine>> lines = new HashMap<>();
    private long nextSession = 1;
    private int attendanceReads;

    public RegistrantSummary addRegistrant(long id, String name) {
        RegistrantSummary summary = new RegistrantSummary(new RegistrantId(id), "X" + id, name, "INDIVIDUAL",
                "North", "", Optional.empty(), Optional.empty());
        registrants.put(summary.id(), summary);
        return summary;
    }

    public void record(RegistrantId registrant, SessionType type, LocalDate date, AttendanceStatus status) {
        add(registrant, type, date, false, status);
    }

    public void recordAtCancelledSession(RegistrantId registrant, SessionType type, LocalDate date,
                                         AttendanceStatus status) {
        add(registrant, type, date, true, status);
    }

    private void add(RegistrantId registrant, SessionType type, LocalDate date, boolean cancelled,
                     AttendanceStatus status) {
        long session = nextSession++;
        lines.computeIfAbsent(registrant, key -> new ArrayList<>()).add(new AttendanceLine(new SessionId(session),
                type.id(), type.name(), date, type.name() + " " + date, cancelled, status, ""));
    }

    public int attendanceReads() {
        return attendanceReads;
    }

    @Override
    public Optional<RegistrantSummary> registrant(RegistrantId registrant) {
        return Optional.ofNullable(registrants.get(registrant));
    }

    @Override
    public List<org.sessiontracking.domain.attendance.CountedRecords.ExpectedSession> unrecordedSessionsOf(
            RegistrantId registrant, Period period) {
        return List.of();
    }

    @Override
    public List<AttendanceLine> attendanceOf(RegistrantId registrant, Period period) {
        attendanceReads++;
        return lines.getOrDefault(registrant, List.of()).stream().filter(line -> period.contains(line.date()))
                .sorted(Comparator.comparing(AttendanceLine::date).thenComparing(line -> line.session().value())
                        .reversed())
                .toList();
    }

    @Override
    public List<ComplianceRow> list(ComplianceCriteria criteria, CompliancePolicy policy, PageRequest page) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public int count(ComplianceCriteria criteria, CompliancePolicy policy) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria, CompliancePolicy policy) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public void forEach(ComplianceCriteria criteria, CompliancePolicy policy, Consumer<ComplianceRow> row) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public List<CurriculumRow> curriculum(SessionType type, Optional<Period> period, boolean completedOnly,
                                          PageRequest page) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public int countCurriculum(SessionType type, Optional<Period> period, boolean completedOnly) {
        throw new UnsupportedOperationException("not faked");
    }
}
