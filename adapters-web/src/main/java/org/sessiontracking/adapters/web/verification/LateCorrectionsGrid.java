package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.verification.LateCorrectionRow;
import org.sessiontracking.application.verification.port.in.DecideLateCorrectionUseCase;
import org.sessiontracking.domain.attendance.AttendanceChange;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.verification.CorrectionState;

import java.util.Comparator;
import java.util.List;

/** A period's late corrections, latest first; a Manager accepts or rejects the pending ones. */
final class LateCorrectionsGrid extends Grid<LateCorrectionRow> {

    private final DecideLateCorrectionUseCase decide;
    private final boolean mayDecide;
    private final boolean periodClosed;
    private final Runnable decided;

    LateCorrectionsGrid(DecideLateCorrectionUseCase decide, boolean mayDecide, boolean periodClosed, Runnable decided) {
        this.decide = decide;
        this.mayDecide = mayDecide;
        this.periodClosed = periodClosed;
        this.decided = decided;
        setId("late-corrections-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(row -> PeriodLabels.WHEN.format(row.correction().change().changedAt())).setHeader("Changed")
                .setAutoWidth(true).setComparator(Comparator.comparing(row -> row.correction().change().changedAt()))
                .setSortable(true);
        addColumn(row -> PeriodLabels.DAY.format(row.sessionDate()) + " \u00b7 " + row.sessionTitle())
                .setHeader("Session").setFlexGrow(2);
        addColumn(row -> row.registrantName() + " (" + row.externalId() + ")").setHeader("Registrant").setFlexGrow(2)
                .setComparator(Comparator.comparing(LateCorrectionRow::registrantName)).setSortable(true);
        addColumn(row -> change(row.correction().change())).setHeader("Change").setAutoWidth(true);
        addColumn(row -> row.correction().change().reason()).setHeader("Reason").setFlexGrow(2);
        addColumn(LateCorrectionRow::changedBy).setHeader("By").setAutoWidth(true);
        addColumn(row -> row.correction().state().label() + row.correction().decision()
                .map(decision -> " by " + decision.byName() + (decision.note().isEmpty() ? "" : ": " + decision.note()))
                .orElse("")).setHeader("Decision").setFlexGrow(2)
                .setComparator(Comparator.comparing(row -> row.correction().state())).setSortable(true);
        addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        setEmptyStateText("No late corrections: nothing was changed after the deadline or the close.");
    }

    void show(List<LateCorrectionRow> rows) {
        setItems(rows);
    }

    private static String change(AttendanceChange change) {
        return change.oldStatus().map(AttendanceStatus::label).orElse("no record") + " \u2192 "
                + change.newStatus().map(AttendanceStatus::label).orElse("removed");
    }

    private Component actions(LateCorrectionRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!mayDecide || row.correction().state() != CorrectionState.PENDING) {
            return actions;
        }
        long id = row.correction().id().value();
        Button accept = new Button("Accept", event -> new ReasonDialog("Accept this late correction?",
                "It stays in the attendance and is in the next frozen version when the period is closed again.",
                "Note (optional)", "Accept", false, note -> {
            decide.accept(row.correction().id(), note);
            Notifications.success("Late correction accepted");
            decided.run();
        }).open());
        accept.setId("accept-" + id);
        accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
        // accepted corrections go into the next version: the period must be reopened first
        accept.setEnabled(!periodClosed);
        accept.setTooltipText(periodClosed ? "Reopen the period to accept corrections into it" : "");
        Button reject = new Button("Reject", event -> new ReasonDialog("Reject this late correction?",
                "The attendance record is put back as it was before the correction (the history keeps both), "
                        + "and the correction stays listed as rejected.",
                "Why is it rejected?", "Reject", true, reason -> {
            decide.reject(row.correction().id(), reason);
            Notifications.success("Late correction rejected; the record is back as it was");
            decided.run();
        }).open());
        reject.setId("reject-" + id);
        reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        actions.add(accept, reject);
        return actions;
    }
}
