package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class SaveAttendance implements SaveAttendanceUseCase {

    private final AttendanceAccess access;
    private final Clock clock;

    public SaveAttendance(AttendanceRepository repository, AttendanceSessions sessions,
                          AttendanceRegistrants registrants, AttendanceUserNames userNames, CurrentActor currentActor,
                          LateCorrectionLog lateCorrections, Clock clock) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor, lateCorrections,
                clock);
        this.clock = clock;
    }

    @Override
    public Result save(Command command) {
        Actor actor = access.currentActor.get();
        AttendanceSheet sheet = access.sheetToChange(command.session(), actor);
        requireKnownRegistrants(command.edits(), sheet);
        Instant now = clock.instant();
        List<AttendanceEdit> conflicting = new ArrayList<>();
        for (AttendanceEdit edit : command.edits()) {
            Optional<Version> stored = sheet.record(edit.registrant()).map(AttendanceRecord::version);
            if (!stored.equals(loadedVersion(edit))) {
                conflicting.add(edit);
                continue;
            }
            switch (edit) {
                case AttendanceEdit.SetStatus set -> sheet.record(set.registrant(), set.status(), set.reason(), actor,
                        set.capturedAt().orElse(now));
                case AttendanceEdit.Remove remove -> sheet.remove(remove.registrant(), remove.reason(), actor, now);
            }
        }
        List<AttendanceSheet.Write> writes = sheet.writes();
        Set<RegistrantId> stored = access.store(sheet, writes);
        // rows someone else changed between our read and our write are conflicts too
        Map<RegistrantId, AttendanceEdit> byRegistrant = command.edits().stream()
                .collect(Collectors.toMap(AttendanceEdit::registrant, Function.identity()));
        writes.stream().map(AttendanceSheet.Write::registrant).filter(id -> !stored.contains(id))
                .map(byRegistrant::get).forEach(conflicting::add);

        AttendanceView view = access.view(sheet.session(), actor);
        if (conflicting.isEmpty()) {
            return new Saved(stored.size(), view);
        }
        Map<RegistrantId, AttendanceRow> storedNow = view.rows().stream()
                .collect(Collectors.toMap(row -> row.registrant().id(), Function.identity()));
        Map<RegistrantId, RegistrantSummary> who = access.registrants.byIds(
                conflicting.stream().map(AttendanceEdit::registrant).toList());
        List<Conflict> conflicts = conflicting.stream()
                .map(edit -> new Conflict(who.get(edit.registrant()), edit, Optional.ofNullable(storedNow.get(edit.registrant()))))
                .toList();
        return new SavedWithConflicts(stored.size(), conflicts, view);
    }

    private static Optional<Version> loadedVersion(AttendanceEdit edit) {
        return switch (edit) {
            case AttendanceEdit.SetStatus set -> set.loadedVersion();
            case AttendanceEdit.Remove remove -> Optional.of(remove.loadedVersion());
        };
    }

    private void requireKnownRegistrants(List<AttendanceEdit> edits, AttendanceSheet sheet) {
        List<RegistrantId> newOnes = edits.stream()
                .filter(edit -> sheet.record(edit.registrant()).isEmpty())
                .map(AttendanceEdit::registrant).toList();
        if (newOnes.isEmpty()) {
            return;
        }
        Map<RegistrantId, RegistrantSummary> known = access.registrants.byIds(newOnes);
        newOnes.stream().filter(id -> !known.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("Registrant " + id.value() + " does not exist");
        });
    }
}
