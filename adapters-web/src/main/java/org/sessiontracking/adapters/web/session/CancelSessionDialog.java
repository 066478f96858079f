package org.sessiontracking.adapters.web.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase.Cancelled;
import org.sessiontracking.application.session.port.in.CancelSessionUseCase.ConfirmationNeeded;
import org.sessiontracking.application.session.port.in.SessionVersion;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.session.Session;

/**
 * Cancels a session with a reason. When the session already has attendance records the dialog
 * says how many and asks once more, because a cancelled session counts for nobody.
 */
final class CancelSessionDialog extends Dialog {

    private final SessionUseCases useCases;
    private final SessionVersion seen;
    private final Runnable onCancelled;
    private final TextArea reason = new TextArea("Reason");
    private final Paragraph warning = new Paragraph();
    private final Button confirm = new Button("Cancel session");
    private final FieldErrors fieldErrors = new FieldErrors();
    private boolean attendanceConfirmed;

    CancelSessionDialog(SessionUseCases useCases, SessionVersion seen, Runnable onCancelled) {
        this.useCases = useCases;
        this.seen = seen;
        this.onCancelled = onCancelled;
        setId("cancel-session-dialog");
        setHeaderTitle("Cancel session");
        setWidth("520px");
        setMaxWidth("100%");
        reason.setId("cancel-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Session.MAX_CANCEL_REASON_LENGTH);
        reason.setHelperText("Why the session does not take place, e.g. typhoon warning");
        fieldErrors.register("cancelReason", reason);
        warning.setId("cancel-attendance-warning");
        warning.setVisible(false);
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph("A cancelled session takes no attendance and counts for nobody in compliance."),
                reason, warning);

        Button keep = new Button("Keep session", event -> close());
        keep.setId("keep-session");
        confirm.setId("confirm-cancel");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> cancel());
        getFooter().add(keep, confirm);
    }

    private void cancel() {
        fieldErrors.clear();
        try {
            CancelSessionUseCase.Outcome outcome = useCases.cancel().cancel(new CancelSessionUseCase.Command(seen,
                    reason.getValue(), attendanceConfirmed));
            switch (outcome) {
                case ConfirmationNeeded needed -> askAgain(needed.attendanceRecords());
                case Cancelled cancelled -> {
                    Notifications.success("'" + cancelled.session().title() + "' is cancelled");
                    close();
                    onCancelled.run();
                }
            }
        } catch (DomainException problem) {
            fieldErrors.show(problem);
        }
    }

    private void askAgain(int records) {
        attendanceConfirmed = true;
        warning.setText("This session already has " + records + " attendance record" + (records == 1 ? "" : "s")
                + ". They are kept, but will no longer count. Cancel the session anyway?");
        warning.setVisible(true);
        confirm.setText("Yes, cancel it");
    }
}
