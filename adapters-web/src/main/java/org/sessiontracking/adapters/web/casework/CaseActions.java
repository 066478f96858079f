package org.sessiontracking.adapters.web.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.casework.port.in.AssignCaseWorkerUseCase.CaseWorker;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.CaseDetails;
import org.sessiontracking.application.casework.port.in.GetCaseUseCase.ItemDetails;
import org.sessiontracking.domain.casework.Case;
import org.sessiontracking.domain.casework.PlanItem;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.common.InvalidValueException;

import java.util.Optional;

/**
 * What a case worker (or manager) does on a case page: add, edit and remove plan items, set the plan's
 * thresholds, hand the case to another worker (managers), close it. Each change is made on the version the
 * page shows; then {@code changed} reloads the page.
 */
final class CaseActions extends HorizontalLayout {

    private final CaseUseCases useCases;
    private final Runnable changed;
    private final Button add = new Button("Add plan item", VaadinIcon.PLUS.create());
    private final Button thresholds = new Button("Thresholds");
    private final Button assign = new Button("Change case worker");
    private final Button close = new Button("Close case");
    private CaseDetails details;

    CaseActions(CaseUseCases useCases, Runnable changed) {
        this.useCases = useCases;
        this.changed = changed;
        add.setId("add-item");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> openItem(Optional.empty()));
        thresholds.setId("edit-thresholds");
        thresholds.addClickListener(event -> openThresholds());
        assign.setId("assign-case");
        assign.addClickListener(event -> openAssign());
        close.setId("close-case");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(event -> openClose());
        add(add, thresholds, assign, close);
    }

    void show(CaseDetails value) {
        this.details = value;
        setVisible(value.mayWork());
        assign.setVisible(value.mayAssign());
    }

    private Case theCase() {
        return details.theCase();
    }

    void openItem(Optional<PlanItem> editing) {
        new PlanItemDialog(useCases, theCase().openedOn(), editing, item -> {
            if (editing.isPresent()) {
                useCases.plan().editItem(theCase().id(), theCase().version(), editing.get().number(), item);
            } else {
                useCases.plan().addItem(theCase().id(), theCase().version(), item);
            }
            Notifications.success(editing.isPresent() ? "Plan item saved" : "Plan item added");
            changed.run();
        }).open();
    }

    void confirmRemove(ItemDetails item) {
        int number = item.progress().item().number();
        ConfirmDialog confirm = new ConfirmDialog("Remove plan item " + number + "?", item.label()
                + ", due " + item.progress().item().dueOn() + ". Its progress is no longer shown.", "Remove item",
                event -> run(() -> useCases.plan().removeItem(theCase().id(), theCase().version(), number),
                        "Plan item removed"));
        confirm.setId("confirm-remove-item");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void openThresholds() {
        IntegerField compliant = percent("Compliant from (%)", theCase().thresholds().compliantPercent(), "compliant");
        IntegerField partial = percent("Partially compliant from (%)", theCase().thresholds().partialPercent(),
                "partial");
        FieldErrors errors = new FieldErrors().register("compliantPercent", compliant).register("partialPercent", partial);
        Dialog dialog = dialog("Plan thresholds", "save-thresholds", "Save", errors, () ->
                useCases.plan().changeThresholds(theCase().id(), theCase().version(), value(compliant, "compliantPercent"),
                        value(partial, "partialPercent")));
        dialog.add(compliant, partial);
        dialog.open();
    }

    private void openAssign() {
        Select<CaseWorker> worker = new Select<>();
        worker.setLabel("Case worker");
        worker.setId("assign-worker");
        worker.setItems(useCases.assign().caseWorkers());
        worker.setItemLabelGenerator(CaseWorker::name);
        FieldErrors errors = new FieldErrors().register("caseWorker", worker);
        Dialog dialog = dialog("Change case worker", "save-assign", "Assign", errors, () -> {
            if (worker.getValue() == null) {
                throw new InvalidValueException("caseWorker", "Choose the new case worker");
            }
            useCases.assign().assign(theCase().id(), theCase().version(), worker.getValue().id());
        });
        dialog.add(worker);
        dialog.open();
    }

    private void openClose() {
        TextArea note = new TextArea("Why is the case closed?");
        note.setId("closing-note");
        note.setWidthFull();
        note.setHelperText("Closing is final: the plan can no longer change. Open a new case if needed later.");
        FieldErrors errors = new FieldErrors().register("closingNote", note);
        Dialog dialog = dialog("Close the case of " + details.registrant().name(), "save-close", "Close case", errors,
                () -> useCases.close().close(theCase().id(), theCase().version(), note.getValue()));
        dialog.add(note);
        dialog.open();
    }

    private Dialog dialog(String title, String saveId, String saveText, FieldErrors errors, Runnable action) {
        Dialog dialog = new Dialog(title);
        Button save = new Button(saveText, event -> {
            errors.clear();
            try {
                action.run();
                dialog.close();
                Notifications.success(title + ": done");
                changed.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("28em");
        return dialog;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (DomainException problem) {
            Notifications.error(problem.getMessage());
        }
        changed.run();
    }

    private static IntegerField percent(String label, int value, String id) {
        IntegerField field = new IntegerField(label);
        field.setId("threshold-" + id);
        field.setMin(0);
        field.setMax(100);
        field.setValue(value);
        field.setWidthFull();
        return field;
    }

    private static int value(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidValueException(name, "Enter a whole percentage from 0 to 100");
        }
        return field.getValue();
    }
}
