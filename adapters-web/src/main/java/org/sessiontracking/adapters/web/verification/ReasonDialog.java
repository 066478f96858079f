package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.domain.common.DomainException;

import java.util.function.Consumer;

/** Asks for a reason (or a note), then runs the action; a refused reason is shown under the field. */
final class ReasonDialog extends Dialog {

    ReasonDialog(String title, String explanation, String label, String action, boolean required,
                 Consumer<String> run) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(label);
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(required);
        Button confirm = new Button(action, event -> {
            try {
                run.accept(reason.getValue());
                close();
            } catch (DomainException problem) {
                reason.setErrorMessage(problem.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(explanation), reason);
        getFooter().add(new Button("Cancel", event -> close()), confirm);
        setWidth("32em");
    }
}
