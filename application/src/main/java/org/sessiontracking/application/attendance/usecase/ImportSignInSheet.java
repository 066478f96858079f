package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.ImportSignInSheetUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.common.ConcurrentModificationException;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class ImportSignInSheet implements ImportSignInSheetUseCase {

    private final AttendanceAccess access;
    private final Clock clock;

    public ImportSignInSheet(AttendanceRepository repository, AttendanceSessions sessions,
                             AttendanceRegistrants registrants, AttendanceUserNames userNames,
                             CurrentActor currentActor, LateCorrectionLog lateCorrections, Clock clock) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor, lateCorrections,
                clock);
        this.clock = clock;
    }

    /** Present, Absent, Excused, or their first letters, ignoring case. */
    public static Optional<AttendanceStatus> parseStatus(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            if (status.name().equals(value) || value.length() == 1 && status.name().startsWith(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public Result importSheet(Command command) {
        Actor actor = access.currentActor.get();
        AttendanceSheet sheet = access.sheetToChange(command.session(), actor);
        if (command.lines().isEmpty()) {
            return new Rejected(List.of(new LineProblem(0, "The sheet has no attendance lines")));
        }
        Map<String, RegistrantSummary> known = access.registrants.byExternalIds(
                command.lines().stream().map(SheetLine::externalId).filter(id -> !id.isEmpty()).toList());
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean reasonRequired = sheet.session().reasonRequired();
        for (SheetLine line : command.lines()) {
            if (line.externalId().isEmpty()) {
                problems.add(new LineProblem(line.line(), "the external id is missing"));
            } else if (!known.containsKey(line.externalId())) {
                problems.add(new LineProblem(line.line(), "no registrant has external id '" + line.externalId() + "'"));
            } else {
                Integer earlier = firstLine.putIfAbsent(line.externalId(), line.line());
                if (earlier != null) {
                    problems.add(new LineProblem(line.line(), "external id '" + line.externalId()
                            + "' is already on line " + earlier));
                }
            }
            if (line.status().isEmpty()) {
                problems.add(new LineProblem(line.line(), "the status is missing (Present, Absent or Excused)"));
            } else if (parseStatus(line.status()).isEmpty()) {
                problems.add(new LineProblem(line.line(), "'" + line.status()
                        + "' is not a status: use Present, Absent or Excused (or P, A, E)"));
            }
            if (line.reason().length() > AttendanceRecord.MAX_REASON_LENGTH) {
                problems.add(new LineProblem(line.line(), "the reason must be at most "
                        + AttendanceRecord.MAX_REASON_LENGTH + " characters, got " + line.reason().length()));
            }
            if (reasonRequired && line.reason().isEmpty()) {
                problems.add(new LineProblem(line.line(), sheet.session().lateBecause()
                        .map(why -> "the session " + why + ": every line is a late correction and needs a reason")
                        .orElse("the session is completed: every line needs a reason")));
            }
        }
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        Instant now = clock.instant();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (SheetLine line : command.lines()) {
            RegistrantSummary registrant = known.get(line.externalId());
            boolean isNew = sheet.record(registrant.id()).isEmpty();
            boolean didChange = sheet.record(registrant.id(), parseStatus(line.status()).orElseThrow(), line.reason(),
                    actor, now);
            if (isNew) {
                added++;
            } else if (didChange) {
                changed++;
            } else {
                unchanged++;
            }
        }
        List<AttendanceSheet.Write> writes = sheet.writes();
        Set<RegistrantId> stored = access.store(sheet, writes);
        if (stored.size() != writes.size()) {
            // the transaction is rolled back: a sheet is stored whole or not at all
            throw new ConcurrentModificationException("Someone else changed this session's attendance while the sheet "
                    + "was being imported. Nothing was imported: please import it again.");
        }
        return new Imported(added, changed, unchanged);
    }
}
