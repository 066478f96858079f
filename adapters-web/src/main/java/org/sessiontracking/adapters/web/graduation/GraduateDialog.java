package org.sessiontracking.adapters.web.graduation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.graduation.ReadinessRow;
import org.sessiontracking.application.graduation.port.in.GraduateUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.graduation.GraduationPathway;

import java.time.LocalDate;
import java.util.List;

/** Graduates the selected registrants on a date; anyone not ready needs the reason. */
final class GraduateDialog extends Dialog {

    GraduateDialog(GraduateUseCase graduate, GraduationPathway pathway, List<ReadinessRow> selected, LocalDate today,
                   Runnable done) {
        long notReady = selected.stream().filter(row -> !row.readiness().ready()).count();
        setHeaderTitle("Graduate " + (selected.size() == 1 ? selected.getFirst().name() : selected.size() + " registrants"));
        Paragraph summary = new Paragraph(selected.size() + " selected from " + pathway.name() + ": "
                + (selected.size() - notReady) + " ready, " + notReady + " not ready. The record keeps each "
                + "criterion as it stands now.");
        summary.setId("graduate-summary");
        DatePicker date = new DatePicker("Graduation date", today);
        date.setId("graduation-date");
        date.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(notReady > 0 ? "Reason for graduating those not ready" : "Note (optional)");
        reason.setId("graduation-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(notReady > 0);
        FieldErrors errors = new FieldErrors().register("graduatedOn", date).register("reason", reason);
        Button confirm = new Button("Graduate", event -> {
            errors.clear();
            try {
                int count = graduate.graduate(new GraduateUseCase.Command(pathway.id(),
                        selected.stream().map(ReadinessRow::registrant).toList(), date.getValue(), reason.getValue()));
                Notifications.success(count + (count == 1 ? " registrant" : " registrants") + " graduated from "
                        + pathway.name());
                close();
                done.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        confirm.setId("confirm-graduate");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(summary, date, reason);
        Button cancel = new Button("Cancel", event -> close());
        cancel.setId("cancel-graduate");
        getFooter().add(cancel, confirm);
        setWidth("32em");
    }
}
