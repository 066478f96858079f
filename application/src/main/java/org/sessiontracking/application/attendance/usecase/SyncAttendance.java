package org.sessiontracking.application.attendance.usecase;

import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase;
import org.sessiontracking.application.attendance.port.out.AttendanceRegistrants;
import org.sessiontracking.application.attendance.port.out.AttendanceRepository;
import org.sessiontracking.application.attendance.port.out.AttendanceSessions;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks;
import org.sessiontracking.application.attendance.port.out.AttendanceSyncMarks.AppliedMark;
import org.sessiontracking.application.attendance.port.out.AttendanceUserNames;
import org.sessiontracking.application.attendance.port.out.LateCorrectionLog;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.attendance.AttendanceRecord;
import org.sessiontracking.domain.attendance.AttendanceSession;
import org.sessiontracking.domain.attendance.AttendanceSheet;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.user.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sorts each offline mark out (already applied, unknown registrant, superseded, same as stored, newer
 * change on the server) and saves the rest with {@link SaveAttendanceUseCase}: the screens' save, with
 * the versions read here and the marks' capture times, so applied marks enter the same history.
 */
public final class SyncAttendance implements SyncAttendanceUseCase {

    /** A device clock may run somewhat fast; a mark further ahead of the server's clock is refused. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final AttendanceAccess access;
    private final AttendanceSyncMarks syncMarks;
    private final SaveAttendanceUseCase save;
    private final Clock clock;

    public SyncAttendance(AttendanceRepository repository, AttendanceSessions sessions,
                          AttendanceRegistrants registrants, AttendanceUserNames userNames,
                          AttendanceSyncMarks syncMarks, SaveAttendanceUseCase save, CurrentActor currentActor,
                          LateCorrectionLog lateCorrections, Clock clock) {
        this.access = new AttendanceAccess(repository, sessions, registrants, userNames, currentActor, lateCorrections,
                clock);
        this.syncMarks = syncMarks;
        this.save = save;
        this.clock = clock;
    }

    @Override
    public Result sync(Command command) {
        Actor actor = access.currentActor.get();
        AttendanceSession session = access.session(command.session());
        if (!session.editableBy(actor)) {
            session.requireRecordableBy(actor); // says why this user may not
        }
        List<OfflineMark> marks = command.marks();
        MarkOutcome[] outcomes = new MarkOutcome[marks.size()];
        if (session.phase() == SessionPhase.CANCELLED) {
            String why = refusal(session, actor);
            for (int i = 0; i < marks.size(); i++) {
                outcomes[i] = new Rejected(marks.get(i).clientMarkId(), why);
            }
            return new Result(command.session(), List.of(outcomes));
        }

        Instant now = clock.instant();
        Set<String> alreadyApplied = syncMarks.applied(command.session(),
                marks.stream().map(OfflineMark::clientMarkId).toList());
        Map<String, RegistrantSummary> known = access.registrants.byExternalIds(marks.stream()
                .filter(mark -> !alreadyApplied.contains(mark.clientMarkId()))
                .map(OfflineMark::registrantExternalId).collect(Collectors.toSet()));
        // the latest captured mark of each registrant is the one that counts
        Map<RegistrantId, Integer> latest = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            OfflineMark mark = marks.get(i);
            RegistrantSummary registrant = known.get(mark.registrantExternalId());
            if (alreadyApplied.contains(mark.clientMarkId())) {
                outcomes[i] = new Unchanged(mark.clientMarkId(), Optional.ofNullable(registrant),
                        "Already applied by an earlier upload of this mark");
            } else if (registrant == null) {
                outcomes[i] = new Rejected(mark.clientMarkId(), "No registrant has the external id '"
                        + mark.registrantExternalId() + "'");
            } else if (mark.capturedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
                outcomes[i] = new Rejected(mark.clientMarkId(), "The mark was captured at " + mark.capturedAt()
                        + ", later than now on the server (" + now + "): check the device's clock");
            } else {
                latest.merge(registrant.id(), i, (earlier, later) -> {
                    int kept = marks.get(later).capturedAt().isBefore(marks.get(earlier).capturedAt()) ? earlier : later;
                    int dropped = kept == earlier ? later : earlier;
                    outcomes[dropped] = new Unchanged(marks.get(dropped).clientMarkId(), Optional.of(registrant),
                            "Superseded by mark '" + marks.get(kept).clientMarkId() + "', captured later");
                    return kept;
                });
            }
        }

        List<AttendanceRecord> records = access.repository.findBySession(command.session());
        Map<RegistrantId, AttendanceRecord> stored = records.stream()
                .collect(Collectors.toMap(AttendanceRecord::registrant, Function.identity()));
        AttendanceSheet scratch = AttendanceSheet.reconstitute(session, records);
        Map<RegistrantId, Integer> toSave = new LinkedHashMap<>();
        List<AttendanceEdit> edits = new ArrayList<>();
        Map<Integer, AttendanceRecord> newerOnServer = new HashMap<>();
        for (Map.Entry<RegistrantId, Integer> entry : latest.entrySet()) {
            int i = entry.getValue();
            OfflineMark mark = marks.get(i);
            RegistrantSummary registrant = known.get(mark.registrantExternalId());
            AttendanceRecord current = stored.get(entry.getKey());
            if (current != null && current.status() == mark.status() && current.reason().equals(mark.reason())) {
                outcomes[i] = new Unchanged(mark.clientMarkId(), Optional.of(registrant), "The same as stored");
            } else if (current != null && current.recordedAt().isAfter(mark.capturedAt())
                    && !current.recordedBy().equals(actor.id())) {
                newerOnServer.put(i, current);
            } else if (current != null && current.recordedAt().isAfter(mark.capturedAt())) {
                outcomes[i] = new Unchanged(mark.clientMarkId(), Optional.of(registrant),
                        "Your own later change, stored at " + current.recordedAt() + ", stands");
            } else {
                try {
                    scratch.record(entry.getKey(), mark.status(), mark.reason(), actor, mark.capturedAt());
                    toSave.put(entry.getKey(), i);
                    edits.add(new AttendanceEdit.SetStatus(entry.getKey(), mark.status(), mark.reason(),
                            Optional.ofNullable(current).map(AttendanceRecord::version), Optional.of(mark.capturedAt())));
                } catch (DomainException refused) {
                    outcomes[i] = new Rejected(mark.clientMarkId(), refused.getMessage());
                }
            }
        }
        Map<RegistrantId, AttendanceRow> theirs = rows(newerOnServer.values());
        newerOnServer.forEach((i, current) -> outcomes[i] = new Conflict(marks.get(i).clientMarkId(),
                known.get(marks.get(i).registrantExternalId()), marks.get(i),
                Optional.ofNullable(theirs.get(current.registrant()))));

        if (!edits.isEmpty()) {
            applied(marks, outcomes, known, toSave, save.save(new SaveAttendanceUseCase.Command(command.session(), edits)));
            List<AppliedMark> applied = new ArrayList<>();
            toSave.forEach((registrant, i) -> {
                if (outcomes[i] instanceof Applied) {
                    applied.add(new AppliedMark(marks.get(i).clientMarkId(), registrant, actor.id(), now));
                }
            });
            syncMarks.recordApplied(command.session(), applied);
        }
        return new Result(command.session(), List.of(outcomes));
    }

    /** The saved marks are applied, except those someone else changed between this read and the save. */
    private static void applied(List<OfflineMark> marks, MarkOutcome[] outcomes, Map<String, RegistrantSummary> known,
                                Map<RegistrantId, Integer> toSave, SaveAttendanceUseCase.Result result) {
        Map<RegistrantId, SaveAttendanceUseCase.Conflict> conflicts = switch (result) {
            case SaveAttendanceUseCase.Saved saved -> Map.of();
            case SaveAttendanceUseCase.SavedWithConflicts withConflicts -> withConflicts.conflicts().stream()
                    .collect(Collectors.toMap(conflict -> conflict.mine().registrant(), Function.identity()));
        };
        toSave.forEach((registrant, i) -> {
            OfflineMark mark = marks.get(i);
            SaveAttendanceUseCase.Conflict conflict = conflicts.get(registrant);
            outcomes[i] = conflict == null ? new Applied(mark.clientMarkId(), known.get(mark.registrantExternalId()))
                    : new Conflict(mark.clientMarkId(), known.get(mark.registrantExternalId()), mark, conflict.theirs());
        });
    }

    private Map<RegistrantId, AttendanceRow> rows(Collection<AttendanceRecord> records) {
        return records.isEmpty() ? Map.of() : access.rows(records).stream()
                .collect(Collectors.toMap(row -> row.registrant().id(), Function.identity()));
    }

    private static String refusal(AttendanceSession session, Actor actor) {
        try {
            session.requireRecordableBy(actor);
            return "The session takes no attendance";
        } catch (DomainException refused) {
            return refused.getMessage();
        }
    }
}
