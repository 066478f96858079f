package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.sessiontracking.adapters.web.common.Notifications;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.compliance.FlagKind;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.sessiontype.SessionTypeId;

/** Flags one registrant of the compliance list for follow-up, or as excluded from a benefit. */
final class FlagDialog extends Dialog {

    FlagDialog(FlagRegistrantUseCase flags, RegistrantId registrant, String name, SessionTypeId type,
               Runnable saved) {
        setHeaderTitle("Flag " + name);
        RadioButtonGroup<FlagKind> kind = new RadioButtonGroup<>("Flag");
        kind.setId("flag-kind");
        kind.setItems(FlagKind.values());
        kind.setItemLabelGenerator(FlagKind::label);
        kind.setValue(FlagKind.FOLLOW_UP);
        TextArea note = new TextArea("Note");
        note.setId("flag-note");
        note.setWidthFull();
        note.setHelperText("What to follow up, or which benefit the registrant is excluded from");
        kind.addValueChangeListener(event -> note.setLabel(event.getValue() == FlagKind.EXCLUDED ? "Benefit" : "Note"));
        Button save = new Button("Flag", event -> {
            try {
                flags.flag(new FlagRegistrantUseCase.Command(registrant, type, kind.getValue(), note.getValue()));
                Notifications.success(name + " flagged: " + kind.getValue().label());
                close();
                saved.run();
            } catch (DomainException problem) {
                note.setErrorMessage(problem.getMessage());
                note.setInvalid(true);
            }
        });
        save.setId("save-flag");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> close());
        add(kind, note);
        getFooter().add(cancel, save);
        setWidth("28em");
    }
}
