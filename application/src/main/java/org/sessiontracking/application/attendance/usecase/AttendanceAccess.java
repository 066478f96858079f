package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.HistoryLine;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceCounts;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.UserId;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the attendance use cases share: the out-ports, loading a sheet, and turning records into rows. */
final class AttendanceAccess {

    static final Comparator<AttendanceRow> BY_NAME = Comparator
            .comparing((AttendanceRow row) -> row.registrant().name().toLowerCase(Locale.ROOT))
            .thenComparing(row -> row.registrant().externalId());

    final AttendanceRepository repository;
    final AttendanceSessions sessions;
    final AttendanceRegistrants registrants;
    final AttendanceUserNames userNames;
    final CurrentActor currentActor;
    private final Optional<LateCorrections> late;

    /** For reading only: sessions are not marked as taking late corrections. */
    AttendanceAccess(AttendanceRepository repository, AttendanceSessions sessions, AttendanceRegistrants registrants,
                     AttendanceUserNames userNames, CurrentActor currentActor) {
        this(repository, sessions, registrants, userNames, currentActor, Optional.empty());
    }

    AttendanceAccess(AttendanceRepository repository, AttendanceSessions sessions, AttendanceRegistrants registrants,
                     AttendanceUserNames userNames, CurrentActor currentActor, LateCorrectionLog lateCorrections,
                     Clock clock) {
        this(repository, sessions, registrants, userNames, currentActor,
                Optional.of(new LateCorrections(lateCorrections, clock)));
    }

    private AttendanceAccess(AttendanceRepository repository, AttendanceSessions sessions,
                             AttendanceRegistrants registrants, AttendanceUserNames userNames,
                             CurrentActor currentActor, Optional<LateCorrections> late) {
        this.repository = repository;
        this.sessions = sessions;
        this.registrants = registrants;
        this.userNames = userNames;
        this.currentActor = currentActor;
        this.late = late;
    }

    /** The session; marked when a change to its attendance now is a late correction. */
    AttendanceSession session(SessionId id) {
        AttendanceSession session = sessions.find(id)
                .orElseThrow(() -> new NotFoundException("Session " + id.value() + " does not exist"));
        return late.map(corrections -> corrections.mark(session)).orElse(session);
    }

    /** Stores the sheet's writes (see {@link AttendanceRepository#store}); late ones are listed as late corrections. */
    Set<RegistrantId> store(AttendanceSheet sheet, List<AttendanceSheet.Write> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        Set<RegistrantId> stored = repository.store(sheet.session().id(), writes);
        late.ifPresent(corrections -> corrections.record(sheet.session(), writes, stored));
        return stored;
    }

    /** The session's sheet, after checking that the actor may change it now. */
    AttendanceSheet sheetToChange(SessionId id, Actor actor) {
        AttendanceSession session = session(id);
        session.requireRecordableBy(actor);
        return AttendanceSheet.reconstitute(session, repository.findBySession(id));
    }

    AttendanceView view(AttendanceSession session, Actor actor) {
        List<AttendanceRecord> records = repository.findBySession(session.id());
        List<AttendanceRow> rows = rows(records);
        return new AttendanceView(session, session.recordableBy(actor), rows,
                AttendanceCounts.of(records.stream().map(AttendanceRecord::status).toList()));
    }

    List<AttendanceRow> rows(Collection<AttendanceRecord> records) {
        Map<RegistrantId, RegistrantSummary> who = registrants.byIds(
                records.stream().map(AttendanceRecord::registrant).toList());
        Map<UserId, String> names = userNames.namesOf(
                records.stream().map(AttendanceRecord::recordedBy).collect(Collectors.toSet()));
        return records.stream()
                .map(record -> new AttendanceRow(summary(who, record.registrant()), record.status(), record.reason(),
                        names.getOrDefault(record.recordedBy(), "user " + record.recordedBy().value()),
                        record.recordedAt(), record.version()))
                .sorted(BY_NAME)
                .toList();
    }

    List<HistoryLine> lines(List<AttendanceChange> changes) {
        Map<RegistrantId, RegistrantSummary> who = registrants.byIds(
                changes.stream().map(AttendanceChange::registrant).collect(Collectors.toSet()));
        Map<UserId, String> names = userNames.namesOf(
                changes.stream().map(AttendanceChange::changedBy).collect(Collectors.toSet()));
        return changes.stream()
                .map(change -> new HistoryLine(summary(who, change.registrant()), change.oldStatus(),
                        change.newStatus(), change.reason(),
                        names.getOrDefault(change.changedBy(), "user " + change.changedBy().value()),
                        change.changedAt()))
                .toList()
                .reversed();
    }

    private static RegistrantSummary summary(Map<RegistrantId, RegistrantSummary> who, RegistrantId id) {
        RegistrantSummary known = who.get(id);
        return known != null ? known : new RegistrantSummary(id, "#" + id.value(), "(unknown registrant)", "", "");
    }
}
