package org.sessiontracking.adapters.web.attendance;

import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase;
import org.sessiontracking.domain.attendance.AttendanceCounts;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Attendance grid holds between loading and saving: every row with its unsaved status,
 * reason or removal. {@link #visible()} is the grid's item list (removed rows leave it at once but are
 * remembered until saved or discarded).
 */
final class AttendanceDraft {

    private final Map<RegistrantId, DraftRow> rows = new LinkedHashMap<>();
    private final List<DraftRow> visible = new ArrayList<>();

    /** Replaces everything with the stored records (after loading, saving or discarding). */
    void load(List<AttendanceRow> stored) {
        rows.clear();
        stored.forEach(row -> rows.put(row.registrant().id(), DraftRow.of(row)));
        refreshVisible();
    }

    /** Adds newly stored records (from "Add registrants") without touching the unsaved rows. */
    void addStored(List<AttendanceRow> stored) {
        stored.forEach(row -> rows.putIfAbsent(row.registrant().id(), DraftRow.of(row)));
        refreshVisible();
    }

    List<DraftRow> visible() {
        return visible;
    }

    void setStatus(Collection<DraftRow> selected, AttendanceStatus status, String reason) {
        for (DraftRow row : selected) {
            row.setStatus(status);
            if (reason != null && !reason.isBlank()) {
                row.setReason(reason);
            }
        }
    }

    void remove(Collection<DraftRow> selected, String reason) {
        for (DraftRow row : selected) {
            if (row.stored().isEmpty()) {
                rows.remove(row.registrant().id());
            } else {
                row.setReason(reason == null ? "" : reason);
                row.markRemoved();
            }
        }
        refreshVisible();
    }

    /**
     * Puts the user's own value back over the one someone else stored, as an unsaved change on
     * their version, so that the next save stores it.
     */
    void reapply(SaveAttendanceUseCase.Conflict conflict) {
        RegistrantId id = conflict.registrant().id();
        switch (conflict.mine()) {
            case AttendanceEdit.SetStatus mine -> {
                DraftRow row = conflict.theirs().map(DraftRow::of)
                        .orElseGet(() -> DraftRow.unstored(conflict.registrant(), mine.status(), mine.reason()));
                row.setStatus(mine.status());
                row.setReason(mine.reason());
                rows.put(id, row);
            }
            case AttendanceEdit.Remove mine -> conflict.theirs().ifPresent(theirs -> {
                DraftRow row = DraftRow.of(theirs);
                row.setReason(mine.reason());
                row.markRemoved();
                rows.put(id, row);
            });
        }
        refreshVisible();
    }

    List<AttendanceEdit> edits() {
        return rows.values().stream().filter(DraftRow::changed).map(DraftRow::edit).toList();
    }

    int changedCount() {
        return (int) rows.values().stream().filter(DraftRow::changed).count();
    }

    boolean hasChanges() {
        return rows.values().stream().anyMatch(DraftRow::changed);
    }

    AttendanceCounts counts() {
        return AttendanceCounts.of(visible.stream().map(DraftRow::status).toList());
    }

    int excusedWithoutReason() {
        return (int) visible.stream().filter(DraftRow::excusedWithoutReason).count();
    }

    private void refreshVisible() {
        visible.clear();
        rows.values().stream().filter(row -> !row.removed())
                .sorted(java.util.Comparator.comparing((DraftRow row) -> row.registrant().name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(row -> row.registrant().externalId()))
                .forEach(visible::add);
    }
}
