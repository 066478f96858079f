package org.sessiontracking.adapters.web.exemption;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.exemption.Exemption;

import java.time.LocalDate;

/** "End exemption": its last day, earlier than planned; sessions after it count again. Confirmed before it is stored. */
final class EndExemptionDialog extends Dialog {

    EndExemptionDialog(ExemptionUseCases useCases, Exemption exemption, LocalDate today, Runnable ended) {
        setId("end-exemption-dialog");
        setHeaderTitle("End exemption early");
        setWidth("min(32em, 95vw)");
        DatePicker lastDay = new DatePicker("Last day it covers");
        lastDay.setId("end-exemption-last-day");
        lastDay.setMin(exemption.from());
        lastDay.setMax(exemption.to());
        lastDay.setValue(today.isBefore(exemption.from()) || today.isAfter(exemption.to()) ? exemption.from() : today);
        Paragraph what = new Paragraph("\u201c" + exemption.describe() + "\u201d. Sessions after the last day count "
                + "again for the registrants it covers.");
        add(what, lastDay);
        Button end = new Button("End exemption", event -> {
            try {
                useCases.end().end(exemption.id(), exemption.version(), lastDay.getValue());
            } catch (DomainException problem) {
                lastDay.setErrorMessage(problem.getMessage());
                lastDay.setInvalid(true);
                return;
            }
            Notifications.success("Exemption ended: " + exemption.reason());
            close();
            ended.run();
        });
        end.setId("confirm-end-exemption");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), end);
    }
}
