package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.sessiontracking.application.attendance.AttendanceRow;
import org.sessiontracking.application.attendance.AttendanceEdit;
import org.sessiontracking.application.attendance.port.in.SaveAttendanceUseCase.Conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows someone else changed while the user was editing: their stored value and the user's own,
 * side by side. "Re-apply mine" puts the user's value back into the grid as an unsaved change (on
 * top of theirs), to be stored with the next save; closing keeps theirs.
 */
final class ConflictDialog extends Dialog {

    private final List<Conflict> remaining;
    private final Consumer<List<Conflict>> reapply;
    private final Grid<Conflict> grid = new Grid<>();

    ConflictDialog(List<Conflict> conflicts, Consumer<List<Conflict>> reapply) {
        this.remaining = new ArrayList<>(conflicts);
        this.reapply = reapply;
        setId("conflict-dialog");
        setHeaderTitle("Someone else changed " + conflicts.size() + (conflicts.size() == 1 ? " row" : " rows"));
        setWidth("min(70em, 95vw)");
        add(new Div("Your other changes were saved. For these rows the stored value is theirs; choose which to keep."));

        grid.setId("conflict-grid");
        grid.addColumn(c -> c.registrant().externalId()).setHeader("External ID").setAutoWidth(true);
        grid.addColumn(c -> c.registrant().name()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(c -> theirs(c)).setHeader("Theirs (stored)").setFlexGrow(2);
        grid.addColumn(c -> mine(c.mine())).setHeader("Mine (not saved)").setFlexGrow(2);
        grid.addComponentColumn(this::reapplyButton).setHeader("").setKey("reapply").setAutoWidth(true);
        grid.setItems(remaining);
        grid.setAllRowsVisible(true);
        add(grid);

        Button all = new Button("Re-apply all mine", event -> {
            reapply.accept(List.copyOf(remaining));
            close();
        });
        all.setId("reapply-all");
        Button keep = new Button("Keep theirs", event -> close());
        keep.setId("keep-theirs");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(all, keep);
    }

    private Component reapplyButton(Conflict conflict) {
        Button button = new Button("Re-apply mine", event -> {
            reapply.accept(List.of(conflict));
            remaining.remove(conflict);
            if (remaining.isEmpty()) {
                close();
            } else {
                grid.getDataProvider().refreshAll();
            }
        });
        button.setId("reapply-" + conflict.registrant().externalId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    static String theirs(Conflict conflict) {
        return conflict.theirs().map(ConflictDialog::describe).orElse("Removed");
    }

    private static String describe(AttendanceRow row) {
        return row.status().label() + (row.reason().isBlank() ? "" : " (" + row.reason() + ")") + " by " + row.recordedBy();
    }

    static String mine(AttendanceEdit edit) {
        return switch (edit) {
            case AttendanceEdit.SetStatus set -> set.status().label() + (set.reason().isBlank() ? "" : " (" + set.reason() + ")");
            case AttendanceEdit.Remove remove -> "Remove" + (remove.reason().isBlank() ? "" : " (" + remove.reason() + ")");
        };
    }
}
