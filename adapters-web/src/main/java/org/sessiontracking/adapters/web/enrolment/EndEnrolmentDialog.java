package org.sessiontracking.adapters.web.enrolment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.enrolment.EnrolmentRow;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.enrolment.Enrolment;

import java.time.LocalDate;

/** "End enrolment": its last day; after it, its registrants are no longer expected. */
final class EndEnrolmentDialog extends Dialog {

    EndEnrolmentDialog(EnrolmentUseCases useCases, EnrolmentRow row, LocalDate today, Runnable ended) {
        Enrolment enrolment = row.enrolment();
        setId("end-enrolment-dialog");
        setHeaderTitle("End enrolment");
        setWidth("min(32em, 95vw)");
        DatePicker lastDay = new DatePicker("Last day they are expected");
        lastDay.setId("end-enrolment-last-day");
        lastDay.setMin(enrolment.from());
        enrolment.to().ifPresent(lastDay::setMax);
        lastDay.setValue(today.isBefore(enrolment.from()) || enrolment.to().filter(today::isAfter).isPresent()
                ? enrolment.from() : today);
        add(new Paragraph("\u201c" + row.typeName() + ": " + EnrolmentView.who(row) + ", " + enrolment.datesText()
                + "\u201d. Sessions after the last day expect them no more."), lastDay);
        Button end = new Button("End enrolment", event -> {
            try {
                useCases.end().end(enrolment.id(), enrolment.version(), lastDay.getValue());
            } catch (DomainException problem) {
                lastDay.setErrorMessage(problem.getMessage());
                lastDay.setInvalid(true);
                return;
            }
            Notifications.success("Enrolment ended");
            close();
            ended.run();
        });
        end.setId("confirm-end-enrolment");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), end);
    }
}
