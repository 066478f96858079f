package org.sessiontracking.adapters.web.verification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sessiontracking.adapters.web.common.FieldErrors;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.verification.port.in.DefineVerificationPeriodsUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.verification.PeriodDraft;

/** Defines one period of custom dates; the deadline is proposed a few days after its end. */
final class DefinePeriodDialog extends Dialog {

    DefinePeriodDialog(DefineVerificationPeriodsUseCase define, SessionType type, Runnable saved) {
        setHeaderTitle("New verification period of " + type.name());
        TextField name = new TextField("Name");
        name.setId("period-name");
        name.setPlaceholder("e.g. March 2026");
        DatePicker from = new DatePicker("First day");
        from.setId("period-from");
        DatePicker to = new DatePicker("Last day");
        to.setId("period-to");
        DatePicker deadline = new DatePicker("Data entry until");
        deadline.setId("period-deadline");
        deadline.setHelperText("After this day, changes are late corrections: they need a reason and are listed");
        to.addValueChangeListener(event -> {
            if (event.getValue() != null && deadline.isEmpty()) {
                deadline.setValue(event.getValue().plusDays(5));
            }
        });
        FieldErrors errors = new FieldErrors().register("name", name).register("from", from).register("to", to)
                .register("deadline", deadline);
        Button save = new Button("Define period", event -> {
            errors.clear();
            try {
                define.define(type.id(), new PeriodDraft(name.getValue(), from.getValue(), to.getValue(),
                        deadline.getValue()));
                Notifications.success("Period '" + name.getValue().strip() + "' defined");
                close();
                saved.run();
            } catch (DomainException problem) {
                errors.show(problem);
            }
        });
        save.setId("save-period");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, from, to, deadline);
        form.setColspan(name, 2);
        add(form);
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("34em");
    }
}
