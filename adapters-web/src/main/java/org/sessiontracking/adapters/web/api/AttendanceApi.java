package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceView;
import org.sessiontracking.application.attendance.port.in.LoadAttendanceUseCase;
import org.sessiontracking.application.attendance.RegistrantSummary;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.application.attendance.port.in.SyncAttendanceUseCase;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.attendance.SessionPhase;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.session.SessionId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A session's attendance: read it with each record's version, and save changes made on those versions
 * exactly as the Attendance tab's Save all does (one transaction; rows someone else changed meanwhile
 * come back as conflicts, every other row is saved).
 */
@RestController
@RequestMapping("/api/v1/sessions/{sessionId}/attendance")
public class AttendanceApi {

    private final LoadAttendanceUseCase load;
    private final SaveAttendanceUseCase save;
    private final SyncAttendanceUseCase sync;

    public AttendanceApi(LoadAttendanceUseCase load, SaveAttendanceUseCase save, SyncAttendanceUseCase sync) {
        this.load = load;
        this.save = save;
        this.sync = sync;
    }

    public record RecordJson(long registrantId, String externalId, String name, AttendanceStatus status,
                             String reason, String recordedBy, Instant recordedAt, int version) {
        static RecordJson of(AttendanceRow row) {
            return new RecordJson(row.registrant().id().value(), row.registrant().externalId(), row.registrant().name(),
                    row.status(), row.reason(), row.recordedBy(), row.recordedAt(), row.version().value());
        }
    }

    /**
     * @param phase      OPEN (takes attendance), COMPLETED (changes need a reason) or CANCELLED (none)
     * @param recordable whether the calling user may change it now
     */
    public record AttendanceJson(long sessionId, String title, SessionPhase phase, boolean recordable, int present,
                                 int absent, int excused, List<RecordJson> records) {
        static AttendanceJson of(AttendanceView view) {
            return new AttendanceJson(view.session().id().value(), view.session().title(), view.session().phase(),
                    view.recordable(), view.counts().present(), view.counts().absent(), view.counts().excused(),
                    view.rows().stream().map(RecordJson::of).toList());
        }
    }

    /**
     * One row's change, made on the record as loaded.
     *
     * @param status  PRESENT, ABSENT or EXCUSED; leave out with {@code remove}
     * @param version the record's version as loaded; leave out for a registrant who had no record
     * @param remove  remove the record instead (its version is then required)
     */
    public record Mark(Long registrantId, String status, String reason, Integer version, Boolean remove) {
        boolean removes() {
            return Boolean.TRUE.equals(remove);
        }
    }

    public record Changes(List<Mark> marks) {
    }

    /** @param theirs the record as now stored; null when they removed it */
    public record ConflictJson(long registrantId, String externalId, String name, Mark mine, RecordJson theirs) {
    }

    /** @param conflicts the rows not saved because someone else changed them since they were loaded */
    public record SaveResult(int saved, List<ConflictJson> conflicts, AttendanceJson attendance) {
    }

    /**
     * One mark recorded offline.
     *
     * @param clientMarkId the id the app gave the mark (e.g. a UUID): sent again, it changes nothing
     * @param externalId   the registrant's external id
     * @param capturedAt   when it was recorded on the device (ISO 8601 with offset, e.g. 2026-05-12T09:14:00+08:00)
     */
    public record OfflineMarkJson(String clientMarkId, String externalId, String status, String reason,
                                  OffsetDateTime capturedAt) {
    }

    public record Batch(List<OfflineMarkJson> marks) {
    }

    /** The value of a mark, or of the record on the server, in a conflict. */
    public record MarkValue(AttendanceStatus status, String reason, Instant at, String by) {
    }

    /**
     * What became of one mark.
     *
     * @param outcome APPLIED, UNCHANGED, CONFLICT or REJECTED
     * @param detail  why it is unchanged or rejected
     * @param mine    in a conflict: the mark's value and when it was captured
     * @param server  in a conflict: the record as stored now, changed at and by (null when removed)
     */
    public record MarkResult(String clientMarkId, String outcome, Long registrantId, String externalId, String detail,
                             MarkValue mine, MarkValue server) {
    }

    public record SyncResult(long sessionId, long applied, long unchanged, long conflicts, long rejected,
                             List<MarkResult> marks) {
    }

    /** A field app's batch of offline marks: every mark comes back applied, unchanged, conflict or rejected. */
    @PostMapping("/sync")
    public SyncResult sync(@PathVariable long sessionId, @RequestBody Batch body) {
        List<OfflineMarkJson> marks = Objects.requireNonNullElse(body.marks(), List.of());
        List<SyncAttendanceUseCase.OfflineMark> offline = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            OfflineMarkJson mark = marks.get(i);
            if (mark == null) {
                throw new BadRequestException("marks[" + i + "]", "A mark must not be null");
            }
            offline.add(new SyncAttendanceUseCase.OfflineMark(mark.clientMarkId(), mark.externalId(),
                    mark.status() == null ? null
                            : Paging.parse("marks[" + i + "].status", mark.status(), AttendanceStatus.class),
                    mark.reason(), mark.capturedAt() == null ? null : mark.capturedAt().toInstant()));
        }
        SyncAttendanceUseCase.Result result = sync.sync(new SyncAttendanceUseCase.Command(new SessionId(sessionId), offline));
        return new SyncResult(sessionId, result.count(SyncAttendanceUseCase.Applied.class),
                result.count(SyncAttendanceUseCase.Unchanged.class), result.count(SyncAttendanceUseCase.Conflict.class),
                result.count(SyncAttendanceUseCase.Rejected.class),
                result.marks().stream().map(AttendanceApi::markResult).toList());
    }

    private static MarkResult markResult(SyncAttendanceUseCase.MarkOutcome outcome) {
        return switch (outcome) {
            case SyncAttendanceUseCase.Applied applied -> new MarkResult(applied.clientMarkId(), "APPLIED",
                    applied.registrant().id().value(), applied.registrant().externalId(), null, null, null);
            case SyncAttendanceUseCase.Unchanged unchanged -> new MarkResult(unchanged.clientMarkId(), "UNCHANGED",
                    unchanged.registrant().map(who -> who.id().value()).orElse(null),
                    unchanged.registrant().map(RegistrantSummary::externalId).orElse(null), unchanged.why(), null, null);
            case SyncAttendanceUseCase.Conflict conflict -> new MarkResult(conflict.clientMarkId(), "CONFLICT",
                    conflict.registrant().id().value(), conflict.registrant().externalId(),
                    "Changed on the server after this mark was captured: not applied",
                    new MarkValue(conflict.mine().status(), conflict.mine().reason(), conflict.mine().capturedAt(), null),
                    conflict.theirs().map(row -> new MarkValue(row.status(), row.reason(), row.recordedAt(),
                            row.recordedBy())).orElse(null));
            case SyncAttendanceUseCase.Rejected rejected -> new MarkResult(rejected.clientMarkId(), "REJECTED",
                    null, null, rejected.reason(), null, null);
        };
    }

    @GetMapping
    public AttendanceJson get(@PathVariable long sessionId) {
        return AttendanceJson.of(load.load(new SessionId(sessionId)));
    }

    @PutMapping
    public SaveResult save(@PathVariable long sessionId, @RequestBody Changes body) {
        List<Mark> marks = Objects.requireNonNullElse(body.marks(), List.of());
        List<AttendanceEdit> edits = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            edits.add(edit("marks[" + i + "]", marks.get(i)));
        }
        SaveAttendanceUseCase.Command command;
        try {
            command = new SaveAttendanceUseCase.Command(new SessionId(sessionId), edits);
        } catch (IllegalArgumentException twice) {
            throw new BadRequestException("marks", "Each registrant may be marked once per save: " + twice.getMessage());
        }
        SaveAttendanceUseCase.Result result = save.save(command);
        List<ConflictJson> conflicts = switch (result) {
            case SaveAttendanceUseCase.Saved saved -> List.of();
            case SaveAttendanceUseCase.SavedWithConflicts withConflicts -> withConflicts.conflicts().stream()
                    .map(conflict -> new ConflictJson(conflict.registrant().id().value(),
                            conflict.registrant().externalId(), conflict.registrant().name(),
                            markOf(conflict.mine()), conflict.theirs().map(RecordJson::of).orElse(null)))
                    .toList();
        };
        return new SaveResult(result.saved(), conflicts, AttendanceJson.of(result.view()));
    }

    private static AttendanceEdit edit(String field, Mark mark) {
        if (mark == null || mark.registrantId() == null) {
            throw new BadRequestException(field + ".registrantId", "Each mark needs its registrantId");
        }
        RegistrantId registrant = new RegistrantId(mark.registrantId());
        if (mark.removes()) {
            return new AttendanceEdit.Remove(registrant, mark.reason(),
                    Versions.required(field + ".version", mark.version()));
        }
        if (mark.status() == null) {
            throw new BadRequestException(field + ".status", "Each mark needs a status: PRESENT, ABSENT or EXCUSED");
        }
        return new AttendanceEdit.SetStatus(registrant, Paging.parse(field + ".status", mark.status(),
                AttendanceStatus.class), mark.reason(), Versions.optional(field + ".version", mark.version()));
    }

    private static Mark markOf(AttendanceEdit edit) {
        return switch (edit) {
            case AttendanceEdit.SetStatus set -> new Mark(set.registrant().value(), set.status().name(), set.reason(),
                    set.loadedVersion().map(version -> version.value()).orElse(null), null);
            case AttendanceEdit.Remove remove -> new Mark(remove.registrant().value(), null, remove.reason(),
                    remove.loadedVersion().value(), true);
        };
    }
}
